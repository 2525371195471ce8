import Foundation

// Entry point of the `trayectorias` executable.
let tool = CommandLineTool(root: RootCommand.spec)
exit(await tool.main(arguments: Array(CommandLine.arguments.dropFirst())))
