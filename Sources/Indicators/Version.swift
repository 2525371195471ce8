/// The engine's version, written to `resumen.json` and printed by `--version`.
public let trayectoriasVersion = "0.1.0"
