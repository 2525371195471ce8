#!/usr/bin/env bash
# Builds the static release binary (no Swift runtime needed on the target machine) and packs
# dist/trayectorias-<version>-linux-<arch>.tar.gz with the binary, sample-data/, LEAME.txt and LICENSE.
#
# Usage: scripts/dist.sh
# The version is read from Sources/Indicators/Version.swift (the one place it is written). The archive
# is deterministic for a given binary: names sorted, owner root, modes normalised, every mtime set to
# SOURCE_DATE_EPOCH (default: the last commit's time), gzip without name or time stamp. Also writes
# the archive's SHA-256 next to it and prints its size.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^public let trayectoriasVersion = "\([^"]*\)"$/\1/p' Sources/Indicators/Version.swift)
if [[ -z $version ]]; then
    echo "Error: no se encontró trayectoriasVersion en Sources/Indicators/Version.swift." >&2
    exit 1
fi
arch=$(uname -m)
name="trayectorias-$version-linux-$arch"
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}

start=$(date +%s)
swift build -c release --static-swift-stdlib --product trayectorias
binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/trayectorias"
built=$(date +%s)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/sample-data"
install -m 0755 "$binary" "$stage/$name/trayectorias"
strip "$stage/$name/trayectorias"
# Only the files that git tracks, so stray outputs never end up in the package.
git ls-files -z sample-data | while IFS= read -r -d '' file; do
    install -m 0644 "$file" "$stage/$name/$file"
done
sed -e "s/@VERSION@/$version/" scripts/dist/LEAME.txt >"$stage/$name/LEAME.txt"
install -m 0644 LICENSE "$stage/$name/LICENSE"
chmod 0644 "$stage/$name/LEAME.txt"
chmod 0755 "$stage/$name" "$stage/$name/sample-data"

mkdir -p dist
archive="dist/$name.tar.gz"
tar --sort=name --format=gnu --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
    -C "$stage" -cf - "$name" | gzip -n -9 >"$archive.tmp"
mv "$archive.tmp" "$archive"
(cd dist && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")

size=$(du -h "$archive" | cut -f1)
unpacked=$(du -sh "$stage/$name" | cut -f1)
echo "Paquete: $archive ($size; $unpacked al descomprimir); compilación: $((built - start)) s"
