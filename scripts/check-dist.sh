#!/usr/bin/env bash
# Proves that the package of scripts/dist.sh runs where Swift is not installed: unpacks it, checks that
# `ldd` lists no Swift runtime library, runs the binary with an empty environment (`env -i
# PATH=/usr/bin:/bin`, so no toolchain folder is on any search path) on the bundled sample, and compares
# every output file with the ones `swift run` writes from the sources (resumen.json without `tiempos`).
#
# Usage: scripts/check-dist.sh [ARCHIVE]   (default: the newest dist/trayectorias-*.tar.gz)
# Exit status: 0 when every check passes, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

archive=${1:-$(ls -t dist/trayectorias-*-linux-*.tar.gz 2>/dev/null | head -n 1 || true)}
if [[ -z $archive || ! -f $archive ]]; then
    echo "Error: no hay paquete en dist/ (ejecute primero scripts/dist.sh)." >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "  FALLA: $1"
    failures=$((failures + 1))
}

echo "Paquete $archive ($(du -h "$archive" | cut -f1))"
tar -xzf "$archive" -C "$work"
folder=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
for file in trayectorias LEAME.txt LICENSE sample-data; do
    [[ -e $folder/$file ]] || fail "el paquete no trae $file"
done
listed=$(tar -tzf "$archive")
if [[ $listed != "$(sort <<<"$listed")" ]]; then fail "los nombres del paquete no están ordenados"; fi
if tar -tvzf "$archive" | awk '$2 != "0/0" { bad = 1 } END { exit !bad }'; then
    fail "el paquete tiene archivos de un usuario distinto de 0/0"
fi

libraries=$(ldd "$folder/trayectorias" 2>&1 || true)
echo "  bibliotecas: $(awk '{ print $1 }' <<<"$libraries" | tr '\n' ' ')"
if grep -qi 'libswift\|libFoundation\|lib_FoundationICU\|libdispatch\|not found' <<<"$libraries"; then
    fail "el binario necesita bibliotecas de Swift o le falta alguna: $(grep -i 'swift\|foundation\|dispatch\|not found' <<<"$libraries" | tr '\n' ' ')"
fi

version=$(cd "$folder" && env -i PATH=/usr/bin:/bin ./trayectorias --version 2>&1 || true)
expected=$(sed -n 's/^public let trayectoriasVersion = "\([^"]*\)"$/\1/p' Sources/Indicators/Version.swift)
echo "  versión: $version"
if [[ $version != *"$expected"* ]]; then fail "el binario dice «$version» y el código $expected"; fi

echo "  ejecutando el binario del paquete sin entorno (env -i PATH=/usr/bin:/bin) …"
if ! (cd "$folder" && env -i PATH=/usr/bin:/bin ./trayectorias run sample-data --out "$work/paquete" >"$work/paquete.log" 2>&1); then
    cat "$work/paquete.log"
    fail "el binario del paquete no corrió sobre sample-data"
fi
echo "  ejecutando swift run sobre sample-data …"
swift run trayectorias run sample-data --out "$work/fuentes" >"$work/fuentes.log" 2>&1 \
    || { cat "$work/fuentes.log"; fail "swift run no corrió sobre sample-data"; }

# resumen.json without its timings, which differ on every run.
for side in paquete fuentes; do
    if [[ -f $work/$side/resumen.json ]]; then
        sed -e 's/"tiempos": {[^}]*}/"tiempos": {}/' "$work/$side/resumen.json" >"$work/$side.resumen.json"
        rm "$work/$side/resumen.json"
    fi
done
if ! diff -r -q "$work/paquete" "$work/fuentes"; then
    fail "las salidas del paquete y de swift run difieren"
fi
if ! diff -q "$work/paquete.resumen.json" "$work/fuentes.resumen.json"; then
    diff "$work/paquete.resumen.json" "$work/fuentes.resumen.json" | head -n 20
    fail "resumen.json (sin tiempos) difiere"
fi
count=$(find "$work/paquete" -type f | wc -l)
echo "  salidas comparadas: $((count + 1)) archivos"

if (( failures > 0 )); then
    echo "$failures comprobaciones fallaron."
    exit 1
fi
echo "El paquete corre sin Swift y escribe lo mismo que swift run."
