extension HTMLPage {
    /// Rules for A4 portrait paper (Chromium's print, `--print-to-pdf`).
    ///
    /// Nothing may be wider than the page's content box (210 mm − 2 × 14 mm = 182 mm): tables and charts
    /// are capped at 100 % of it, headers wrap between words and long words break; the reports keep every
    /// table to a few related columns (`ReportDocument.maximumColumns`), so its narrowest layout fits.
    /// Headings stay with what follows them, tables and figures are not split, the page number goes in
    /// the bottom margin box and each report adds its running header (`ReportDocument.runningHeader`).
    static let printStyleSheet = """
        @page { size: A4 portrait; margin: 16mm 14mm 15mm 14mm;
          @bottom-right { content: "Página " counter(page) " de " counter(pages);
            font: 8pt Arial, Helvetica, sans-serif; color: #333333; }
        }
        @media print {
          body { font-size: 10pt; color: #000000; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 16pt; }
          h2 { font-size: 13pt; margin-top: 1.25rem; }
          h1, h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
          p, li { orphans: 3; widows: 3; }
          .tabla { overflow: visible; max-width: 100%; margin: 0.6rem 0; }
          table { max-width: 100%; font-size: 8.5pt; }
          table, figure { break-inside: avoid; page-break-inside: avoid; }
          th, td { padding: 0.15rem 0.3rem; overflow-wrap: break-word; hyphens: manual; }
          th, th.num { white-space: normal; min-width: 0; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          tbody tr:nth-child(even) { background: none; }
          figure { margin: 0.8rem 0; }
          figure svg { width: 100%; max-width: 100%; max-height: 115mm; }
          .salto-pagina { break-after: page; page-break-after: always; }
        }

        """
}
