extension HTMLPage {
    /// The embedded style sheet: high-contrast black on white, readable on a phone (tables scroll
    /// sideways inside their region, nothing else scrolls at 390 px) and printable on A4 portrait
    /// (`printStyleSheet`).
    static let styleSheet = screenStyleSheet + printStyleSheet

    /// Rules for the screen, from a 390-pixel phone to a desktop.
    static let screenStyleSheet = """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: #ffffff; color: #111111; overflow-wrap: break-word;
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        h1, h2, h3, h4, h5, h6 { color: #000000; line-height: 1.25; }
        h1 { font-size: 1.6rem; margin-top: 0.5rem; }
        h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #000000; }
        h3 { font-size: 1.1rem; }
        p, li { max-width: 45rem; }
        .tabla { overflow-x: auto; margin: 1rem 0; max-width: 100%; }
        .tabla:focus { outline: 3px solid #0b4f9c; outline-offset: 2px; }
        table { border-collapse: collapse; font-size: 0.9rem; }
        caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.25rem 0; }
        th, td { border: 1px solid #4d4d4d; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #e6e6e6; color: #000000; }
        tbody tr:nth-child(even) { background: #f4f4f4; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th.num { white-space: normal; min-width: 4.5em; }
        figure { margin: 1.5rem 0; max-width: 100%; }
        figure svg { display: block; width: 100%; max-width: 48rem; height: auto; }
        figcaption { font-size: 0.9rem; color: #222222; margin-top: 0.25rem; }
        .salto-pagina { height: 0; margin: 0; }
        @media (max-width: 600px) {
          body { font-size: 15px; }
          main { padding: 0.75rem; }
          th, td { padding: 0.25rem 0.4rem; }
        }

        """
}
