import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    private let mode: mode_t
    /// Descriptors holding the destination lock and the staging folder's liveness lock.
    private let lockDescriptor: Int32, stagingDescriptor: Int32
    /// This run's entry in `InterruptCleanup`.
    private let cleanupToken: Int
    private static let counter = Atomic<Int>(0)

    /// Locks `requested` (creating it and its parents when missing), removes stale staging folders and
    /// creates this run's staging folder. `waiting` is called once when another run holds the lock.
    init(_ requested: String, waiting: (String) -> Void) throws(CommandFailure) {
        InterruptCleanup.installHandlers()
        let target = try Self.resolve(requested)
        lockDescriptor = try Self.lock(target, waiting: waiting)
        destination = target
        mode = DirectoryOperations.status(target).map { $0.st_mode & 0o7777 } ?? 0o755
        let parent = Self.parent(of: target)
        let base = Self.lastComponent(of: target)
        let siblingPrefix = "\(parent == "/" ? "" : parent)/.\(base).trayectorias-"
        let insidePrefix = "\(target)/.trayectorias-"
        Self.removeStale(in: parent, prefix: ".\(base).trayectorias-")
        Self.removeStale(in: target, prefix: ".trayectorias-")
        let sameDevice = DirectoryOperations.status(parent)?.st_dev == DirectoryOperations.status(target)?.st_dev
        let unique = "\(getpid())-\(Self.counter.add(1, ordering: .relaxed).newValue)"
        if target != "/", sameDevice, access(parent, W_OK) == 0, mkdir(siblingPrefix + unique, 0o700) == 0 {
            staging = siblingPrefix + unique
            stagingIsSibling = true
        } else if mkdir(insidePrefix + unique, 0o700) == 0 {
            staging = insidePrefix + unique
            stagingIsSibling = false
        } else {
            let failure = errno
            close(lockDescriptor)
            throw CommandFailure("no se pudo crear la carpeta de salida «\(requested)»: \(SystemErrorText.spanish(failure))")
        }
        stagingDescriptor = open(staging, O_RDONLY | O_CLOEXEC)
        if stagingDescriptor >= 0 { _ = flock(stagingDescriptor, LOCK_EX) }
        cleanupToken = InterruptCleanup.register(staging)
    }

    deinit {
        close(lockDescriptor)
        if stagingDescriptor >= 0 { close(stagingDescriptor) }
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
        chmod(staging, mode)
        if DirectoryOperations.exchange(staging, destination) { return staging }
        guard errno == EINVAL || errno == ENOSYS else { throw failure("reemplazar", errno) }
        // No atomic exchange on this file system: for an instant the destination does not exist.
        let old = staging + "-anterior"
        guard DirectoryOperations.move(destination, to: old) else { throw failure("reemplazar", errno) }
        guard DirectoryOperations.move(staging, to: destination) else {
            let code = errno
            _ = DirectoryOperations.move(old, to: destination)
            throw failure("reemplazar", code)
        }
        return old
    }

    /// The destination also holds other files: each output name is replaced by its own atomic rename,
    /// and outputs of an earlier run that this run did not write are removed; other files stay.
    private func replaceNames() throws(CommandFailure) {
        let trash = staging + "-anterior"
        guard mkdir(trash, 0o700) == 0 else { throw failure("reemplazar", errno) }
        defer { DirectoryOperations.removeTree(trash); DirectoryOperations.removeTree(staging) }
        let staged = DirectoryOperations.entries(staging).sorted()
        let stale = DirectoryOperations.entries(destination).filter {
            OutputNames.isOutput($0, extra: []) && !staged.contains($0)
        }
        for name in staged {
            let target = "\(destination)/\(name)"
            var status = stat()
            if lstat(target, &status) == 0, !DirectoryOperations.move(target, to: "\(trash)/\(name)") {
                throw failure("reemplazar", errno)
            }
            guard DirectoryOperations.move("\(staging)/\(name)", to: target) else { throw failure("escribir", errno) }
        }
        for name in stale { _ = DirectoryOperations.move("\(destination)/\(name)", to: "\(trash)/\(name)") }
    }

    private func failure(_ action: String, _ code: Int32) -> CommandFailure {
        CommandFailure("no se pudo \(action) la carpeta de salida «\(destination)»: \(SystemErrorText.spanish(code))")
    }
}
