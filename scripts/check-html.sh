#!/usr/bin/env bash
# Renders the territorial report and one institution's diagnostic with headless Chromium and checks
# that they display: the DOM holds every inline <svg> chart with its <title>, the screenshots are not
# blank and show the charts' colours, and the page prints on A4. It also measures with the browser's own
# layout that, printed on A4, no table or chart is wider than the page (with pdftotext, in Chromium's
# real print layout; without it, in an emulation of the print styles at the page's width), and that on
# a 390-pixel phone nothing scrolls sideways except inside a table.
#
# Usage: scripts/check-html.sh [REPORTS_DIR] [SCREENSHOTS_DIR]
#   REPORTS_DIR      a folder written by `trayectorias run` (reporte_territorial.html, instituciones/).
#                    Without it, synthetic data are generated and `trayectorias run` writes one.
#   SCREENSHOTS_DIR  where the PNG screenshots and PDFs go (default: $TMPDIR/trayectorias-capturas).
# Needs Chromium and netpbm (`apt-get install -y chromium netpbm`); skips, with a message, without them.
# poppler-utils (pdftotext) is optional: with it the width check reads Chromium's real print layout.
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

# A script added to a copy of a page. In print (Chromium's print-to-PDF switches the `print` media query
# on, lays out the A4 pages, then calls the listener) it writes the page's content width and every table
# or chart wider than it into the printed text; with `emulate` it applies the print rules on screen at
# the @page content width and writes the same into the DOM; with `phone` it checks that the document
# does not scroll sideways at the window's width.
measure_script() {
    cat <<'SCRIPT'
<script>
(function () {
  function name(el) {
    var t = el.tagName.toLowerCase();
    var c = el.querySelector('caption') || (el.closest('figure') || el).querySelector('title');
    return t + ' «' + (c ? c.textContent.trim().slice(0, 60) : '') + '»';
  }
  // Every table, chart, figure and table region must end inside `limit` (a table inside a region
  // that scrolls sideways counts only in print, where regions do not scroll); so must the body.
  function measure(limit, label, phone) {
    var out = [];
    var left = document.documentElement.getBoundingClientRect().left;
    document.querySelectorAll('table, svg, figure, img, pre, .tabla').forEach(function (el) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') return;
      if (phone && el.tagName.toLowerCase() === 'table' && el.closest('.tabla')) return;
      var r = el.getBoundingClientRect();
      if (r.width > limit + 1 || r.right - left > limit + 1) out.push('FUERA ' + name(el) + ' ' + Math.round(r.width) + 'px');
    });
    var scroll = document.body.scrollWidth;
    if (scroll > limit + 1) out.push('FUERA documento ' + scroll + 'px');
    return ['MEDIDA ' + label + ' ancho=' + Math.round(limit) + ' fallas=' + out.length].concat(out);
  }
  function report(lines) {
    var pre = document.createElement('pre');
    pre.id = 'medidas';
    pre.style.cssText = 'white-space: pre-wrap; font-size: 7pt; margin: 0;';
    pre.textContent = lines.join('\n');
    document.body.appendChild(pre);
  }
  // The content width of an A4 page under the page's own @page margins, in CSS pixels; with
  // `applyPrint`, the rules of `@media print` are also switched on for the screen.
  function pageWidth(applyPrint) {
    var mm = 96 / 25.4, marginLeft = 0, marginRight = 0;
    function length(text) {
      var v = parseFloat(text);
      if (isNaN(v)) return 0;
      if (/mm$/.test(text)) return v * mm;
      if (/cm$/.test(text)) return v * 10 * mm;
      if (/in$/.test(text)) return v * 96;
      return v;
    }
    for (var s = 0; s < document.styleSheets.length; s++) {
      var rules = document.styleSheets[s].cssRules;
      for (var r = 0; r < rules.length; r++) {
        var rule = rules[r];
        if (applyPrint && rule.type === CSSRule.MEDIA_RULE && /print/.test(rule.media.mediaText)) rule.media.appendMedium('screen');
        if (rule.type === CSSRule.PAGE_RULE) {
          if (rule.style.marginLeft) marginLeft = length(rule.style.marginLeft);
          if (rule.style.marginRight) marginRight = length(rule.style.marginRight);
        }
      }
    }
    return 210 * mm - marginLeft - marginRight;
  }
  var mode = document.documentElement.getAttribute('data-medida');
  if (mode === 'print') {
    var done = false;
    matchMedia('print').addEventListener('change', function (e) {
      if (!e.matches || done) return;
      done = true;
      // Chromium shrinks a page whose content is too wide: the laid-out width then exceeds the A4 one.
      var lines = measure(pageWidth(false), 'impresion', false);
      var laid = document.documentElement.getBoundingClientRect().width;
      if (laid > pageWidth(false) + 1) lines.push('FUERA pagina reducida para caber: ' + Math.round(laid) + 'px');
      report(lines);
    });
  } else if (mode === 'emulate') {
    var limit = pageWidth(true);
    document.documentElement.style.width = limit + 'px';
    document.body.style.margin = '0';
    report(measure(limit, 'emulacion', false));
  } else if (mode === 'phone') {
    // Headless Chromium keeps windows at least 500 px wide: the page itself is narrowed to 390 px.
    document.documentElement.style.width = '390px';
    report(measure(390, 'telefono', true));
  }
})();
</script>
SCRIPT
}

# A copy of `$1` in the screenshots folder with the measuring script in mode `$2`; prints its path.
measured_copy() {
    local file=$1 mode=$2 copy
    copy="$shots/medida-$mode-$(basename "$file")"
    { sed -e "s|<html lang=\"es\">|<html lang=\"es\" data-medida=\"$mode\">|" -e '/<\/body>/,$d' "$file"
      measure_script
      printf '</body>\n</html>\n'; } >"$copy"
    echo "$copy"
}

# Reads the lines `MEDIDA …` and `FUERA …` from `$2` (text) and fails `$1` on any `FUERA`.
check_measure() {
    local name=$1 text=$2 what=$3
    local summary
    text=$(sed -n '/MEDIDA [a-z]* ancho=/,$p' <<<"$text" | sed -e '/<\/pre>/q')
    summary=$(grep -o 'MEDIDA [a-z]* ancho=[0-9]* fallas=[0-9]*' <<<"$text" | head -n 1 || true)
    if [[ -z $summary ]]; then
        fail "$name: no se pudo medir $what (el script de medida no escribió resultados)"
        return
    fi
    echo "  $what: $summary"
    local outside
    outside=$(grep -o 'FUERA .*' <<<"$text" | sed -e 's|</pre>.*||' || true)
    if [[ -n $outside ]]; then
        while IFS= read -r line; do echo "    $line"; done <<<"$outside"
        fail "$name: hay tablas o gráficos más anchos que $what"
    fi
}

# Measures `$1` printed on A4 and on a 390-pixel phone.
check_widths() {
    local page=$1 name=$2
    local file="$reports/$page" copy text
    if command -v pdftotext >/dev/null 2>&1; then
        copy=$(measured_copy "$file" print)
        render --print-to-pdf="$shots/$name-medida.pdf" "file://$copy" >/dev/null
        text=$(pdftotext -raw "$shots/$name-medida.pdf" - 2>/dev/null || true)
        check_measure "$name" "$text" "la página A4"
    else
        echo "  (sin pdftotext: se emulan los estilos de impresión; apt-get install -y poppler-utils para medir la impresión real)"
    fi
    copy=$(measured_copy "$file" emulate)
    text=$(render --window-size=1200,4000 --virtual-time-budget=5000 --dump-dom "file://$copy")
    check_measure "$name" "$text" "el ancho de la página A4 (emulado)"
    copy=$(measured_copy "$file" phone)
    text=$(render --window-size=500,2400 --virtual-time-budget=5000 --dump-dom "file://$copy")
    check_measure "$name" "$text" "la pantalla de 390 px"
}

check_page reporte_territorial.html territorial
check_widths reporte_territorial.html territorial
check_page "$institution" institucion
check_widths "$institution" institucion

echo "Capturas en $shots"
if (( failures > 0 )); then
    echo "$failures comprobaciones fallaron."
    exit 1
fi
echo "Todas las comprobaciones pasaron."
