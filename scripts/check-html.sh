#!/usr/bin/env bash
# Renders the territorial report and one institution's diagnostic with headless Chromium and checks
# that they display: the DOM holds every inline <svg> chart with its <title>, the screenshots are not
# blank and show the charts' colours, and the page prints on A4.
#
# Usage: scripts/check-html.sh [REPORTS_DIR] [SCREENSHOTS_DIR]
#   REPORTS_DIR      a folder written by `trayectorias run` (reporte_territorial.html, instituciones/).
#                    Without it, synthetic data are generated and `trayectorias run` writes one.
#   SCREENSHOTS_DIR  where the PNG screenshots and PDFs go (default: $TMPDIR/trayectorias-capturas).
# Needs Chromium and netpbm (`apt-get install -y chromium netpbm`); skips, with a message, without them.
# Exit status: 0 when every check passes or the check is skipped, 1 when a check fails.
set -euo pipefail

reports=${1:-}
shots=${2:-"${TMPDIR:-/tmp}/trayectorias-capturas"}

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [[ -z $browser ]]; then
    echo "OMITIDO: no se encontró Chromium (instálelo con: apt-get install -y chromium)."
    exit 0
fi
if ! command -v pngtopnm >/dev/null 2>&1 || ! command -v ppmhist >/dev/null 2>&1; then
    echo "OMITIDO: faltan pngtopnm y ppmhist para revisar las capturas (apt-get install -y netpbm)."
    exit 0
fi

if [[ -z $reports ]]; then
    work=$(mktemp -d)
    echo "Generando datos sintéticos y reportes en $work …"
    swift run -c release trayectorias sample --out "$work/datos" >/dev/null
    swift run -c release trayectorias run "$work/datos" --out "$work/salida" >/dev/null
    reports="$work/salida"
fi
reports=$(cd "$reports" && pwd)
if [[ ! -f $reports/reporte_territorial.html ]]; then
    echo "Error: no hay reporte_territorial.html en $reports (¿se corrió 'trayectorias run' con reportes?)." >&2
    exit 1
fi
mkdir -p "$shots"

# The first prioritised institution linked from the territorial report, else the first by code.
institution=$(grep -o 'href="instituciones/[^"]*\.html"' "$reports/reporte_territorial.html" | head -n 1 \
    | sed -e 's/^href="//' -e 's/"$//' || true)
if [[ -z $institution ]]; then
    institution=$(cd "$reports" && find instituciones -name '*.html' | sort | head -n 1)
fi
if [[ -z $institution || ! -f $reports/$institution ]]; then
    echo "Error: no hay diagnósticos de instituciones en $reports/instituciones." >&2
    exit 1
fi

failures=0

fail() {
    echo "  FALLA: $1"
    failures=$((failures + 1))
}

# Runs headless Chromium on a local file with the given extra flags.
render() {
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-pdf-header-footer \
        "$@" 2>/dev/null
}

# Checks that a PNG is not blank and shows chart colours: many distinct colours and enough strongly
# coloured pixels (text is black or grey; lines, bars and markers are blue, orange or green).
check_screenshot() {
    local png=$1 label=$2
    if [[ ! -s $png ]]; then
        fail "$label: no se escribió la captura $png"
        return
    fi
    local summary
    summary=$(pngtopnm "$png" | ppmhist -noheader | awk '
        { colours++; total += $5
          max = $1; if ($2 > max) max = $2; if ($3 > max) max = $3
          min = $1; if ($2 < min) min = $2; if ($3 < min) min = $3
          if (!($1 == 255 && $2 == 255 && $3 == 255)) ink += $5
          if (max - min > 80) coloured += $5 }
        END { printf "%d %d %d %d", colours, total, ink, coloured }')
    read -r colours total ink coloured <<<"$summary"
    echo "  $label: $colours colores, $ink de $total píxeles con tinta, $coloured de color"
    if (( colours < 16 || ink * 100 < total )); then fail "$label: la captura está en blanco"; fi
    if (( coloured < 500 )); then fail "$label: la captura no muestra los gráficos"; fi
}

check_page() {
    local page=$1 name=$2
    local file="$reports/$page"
    echo "$name ($page)"
    local expected drawn titled
    expected=$( (grep -o '<svg ' "$file" || true) | wc -l)
    local dom
    dom=$(render --dump-dom "file://$file")
    drawn=$( (grep -o '<svg ' <<<"$dom" || true) | wc -l)
    titled=$( (tr -d '\n' <<<"$dom" | grep -o '<svg [^>]*><title' || true) | wc -l)
    echo "  gráficos: $drawn en el DOM de $expected en el archivo, $titled con título"
    if (( drawn == 0 )); then fail "$name: el DOM no tiene gráficos <svg>"; fi
    if (( drawn != expected )); then fail "$name: el DOM tiene $drawn gráficos y el archivo $expected"; fi
    if (( titled != drawn )); then fail "$name: hay gráficos sin <title> accesible"; fi
    if grep -q '<script' <<<"$dom"; then fail "$name: la página tiene scripts"; fi

    render --window-size=1000,6000 --screenshot="$shots/$name-escritorio.png" "file://$file" >/dev/null
    check_screenshot "$shots/$name-escritorio.png" "captura de escritorio"
    render --window-size=390,2400 --screenshot="$shots/$name-telefono.png" "file://$file" >/dev/null
    check_screenshot "$shots/$name-telefono.png" "captura de teléfono"

    render --print-to-pdf="$shots/$name.pdf" "file://$file" >/dev/null
    local pages a4
    pages=$(grep -a -c -E '/Type ?/Page([^s]|$)' "$shots/$name.pdf" || true)
    a4=$(grep -a -c '/MediaBox \[0 0 59[45][.0-9]* 84[12][.0-9]*\]' "$shots/$name.pdf" || true)
    echo "  impresión: $pages páginas, $a4 en A4"
    if (( pages == 0 || a4 == 0 )); then fail "$name: no se imprime en A4"; fi
}

check_page reporte_territorial.html territorial
check_page "$institution" institucion

echo "Capturas en $shots"
if (( failures > 0 )); then
    echo "$failures comprobaciones fallaron."
    exit 1
fi
echo "Todas las comprobaciones pasaron."
