import Foundation
import Indicators
import Synchronization

/// An output folder that is replaced all at once (SPEC §10, version 2; `Guides/Salidas.md`).
///
/// A run locks the destination folder, writes every output into a staging folder beside it (same
/// parent, so the same file system: `.<name>.trayectorias-<pid>-<n>`), and only when all files are
/// written swaps the staging folder and the destination in one atomic `renameat2(RENAME_EXCHANGE)`;
/// the earlier run, now at the staging path, is then removed. At every instant the destination holds
/// one whole run. Staging folders are locked by their run while it lives, so a later run removes
/// exactly the ones left by a killed run.
final class StagedFolder: @unchecked Sendable {
    /// The destination, canonical and absolute.
    let destination: String
    /// Where this run writes its outputs.
    let staging: String
    /// Whether the staging folder is a sibling of the destination (else it is inside it).
    private let stagingIsSibling: Bool
    /// The destination's permission bits, given to the staging folder before the swap.
    private let mode: FilePermissions
    /// The open destination folder, which holds its lock, and the staging folder, which holds its
    /// liveness lock (nil when it could not be opened).
    private let lockedFolder: PlatformFile, stagingFolder: PlatformFile?
    /// This run's entry in `InterruptCleanup`.
    private let cleanupToken: Int
    private static let counter = Atomic<Int>(0)

    /// Locks `requested` (creating it and its parents when missing), removes stale staging folders and
    /// creates this run's staging folder. `waiting` is called once when another run holds the lock.
    init(_ requested: String, waiting: (String) -> Void) throws(CommandFailure) {
        InterruptCleanup.installHandlers()
        let target = try Self.resolve(requested)
        lockedFolder = try Self.lock(target, waiting: waiting)
        destination = target
        mode = DirectoryOperations.status(target)?.permissions ?? 0o755
        let parent = Self.parent(of: target)
        let base = Self.lastComponent(of: target)
        let siblingPrefix = "\(parent == "/" ? "" : parent)/.\(base).trayectorias-"
        let insidePrefix = "\(target)/.trayectorias-"
        Self.removeStale(in: parent, prefix: ".\(base).trayectorias-")
        Self.removeStale(in: target, prefix: ".trayectorias-")
        let sameDevice = DirectoryOperations.status(parent)?.identity.device == DirectoryOperations.status(target)?.identity.device
        let unique = "\(Platform.processID)-\(Self.counter.add(1, ordering: .relaxed).newValue)"
        if target != "/", sameDevice, Platform.isWritable(parent),
           (try? Platform.makeDirectory(siblingPrefix + unique, permissions: 0o700)) != nil {
            staging = siblingPrefix + unique
            stagingIsSibling = true
        } else {
            do throws(SystemError) {
                try Platform.makeDirectory(insidePrefix + unique, permissions: 0o700)
            } catch {
                try? lockedFolder.close()
                throw CommandFailure("no se pudo crear la carpeta de salida «\(requested)»: \(SystemErrorText.spanish(error))")
            }
            staging = insidePrefix + unique
            stagingIsSibling = false
        }
        stagingFolder = try? PlatformFile.openFolder(staging)
        stagingFolder?.lock()
        cleanupToken = InterruptCleanup.register(staging)
    }

    deinit {
        try? lockedFolder.close()
        try? stagingFolder?.close()
    }

    /// Puts the staged outputs in place of the destination's earlier outputs.
    func commit() throws(CommandFailure) {
        if let pause = WriteFaultInjection.pauseBeforeSwap { Thread.sleep(forTimeInterval: pause) }
        var failure: CommandFailure?
        InterruptCleanup.exclusively { paths in
            do throws(CommandFailure) {
                if stagingIsSibling && replacesWholeFolder() {
                    let old = try swapWhole()
                    paths[cleanupToken] = old
                    DirectoryOperations.removeTree(old)
                } else {
                    try replaceNames()
                }
                paths[cleanupToken] = nil
            } catch {
                failure = error
            }
        }
        if let failure { abandon(); throw failure }
    }

    /// Removes the staging folder (a failed run): the destination keeps its earlier outputs.
    func abandon() {
        InterruptCleanup.exclusively { paths in
            if let path = paths.removeValue(forKey: cleanupToken) { DirectoryOperations.removeTree(path) }
        }
    }

    /// Whether the destination may be replaced whole: it holds only outputs (of any run) and is not the
    /// current directory or one of its parents.
    private func replacesWholeFolder() -> Bool {
        if let current = DirectoryOperations.currentDirectory(),
           current == destination || current.hasPrefix(destination + "/") {
            return false
        }
        let staged = Set(DirectoryOperations.entries(staging))
        return DirectoryOperations.entries(destination).allSatisfy {
            OutputNames.isOutput($0, extra: staged) || $0.hasPrefix(".trayectorias-")
        }
    }

    /// Exchanges staging and destination; returns where the earlier outputs now are.
    private func swapWhole() throws(CommandFailure) -> String {
        try? Platform.setPermissions(of: staging, to: mode)
        do throws(SystemError) {
            if try Platform.exchange(staging, destination) { return staging }
            // No atomic exchange on this file system: for an instant the destination does not exist.
            let old = staging + "-anterior"
            try Platform.rename(destination, to: old)
            do throws(SystemError) {
                try Platform.rename(staging, to: destination)
            } catch {
                try? Platform.rename(old, to: destination)
                throw error
            }
            return old
        } catch {
            throw failure("reemplazar", error)
        }
    }

    /// The destination also holds other files: each output name is replaced by its own atomic rename,
    /// and outputs of an earlier run that this run did not write are removed; other files stay.
    private func replaceNames() throws(CommandFailure) {
        let trash = staging + "-anterior"
        do throws(SystemError) {
            try Platform.makeDirectory(trash, permissions: 0o700)
        } catch {
            throw failure("reemplazar", error)
        }
        defer { DirectoryOperations.removeTree(trash); DirectoryOperations.removeTree(staging) }
        let staged = DirectoryOperations.entries(staging).sorted()
        let stale = DirectoryOperations.entries(destination).filter {
            OutputNames.isOutput($0, extra: []) && !staged.contains($0)
        }
        for name in staged {
            let target = "\(destination)/\(name)"
            if (try? Platform.linkStatus(of: target)) != nil {
                do throws(SystemError) {
                    try Platform.rename(target, to: "\(trash)/\(name)")
                } catch {
                    throw failure("reemplazar", error)
                }
            }
            do throws(SystemError) {
                try Platform.rename("\(staging)/\(name)", to: target)
            } catch {
                throw failure("escribir", error)
            }
        }
        for name in stale { try? Platform.rename("\(destination)/\(name)", to: "\(trash)/\(name)") }
    }

    private func failure(_ action: String, _ error: SystemError) -> CommandFailure {
        CommandFailure("no se pudo \(action) la carpeta de salida «\(destination)»: \(SystemErrorText.spanish(error))")
    }
}
