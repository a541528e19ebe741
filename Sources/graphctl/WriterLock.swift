#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writing `graphctl` per database at a time.
///
/// SQLite lets one writer in at a time, but a waiting writer only polls for the lock: against an ingest that commits
/// batch after batch it can miss every gap and give up with "database is locked". Writers therefore queue on an
/// advisory lock on `<db>-lock` first, so that a second ingest (or a curation command) waits its turn, saying so,
/// and then runs. Readers never take it.
enum WriterLock {
    /// Blocks until this process is the database's only writing `graphctl`; the lock lasts until the process exits.
    ///
    /// When the lock file cannot be created (a read-only folder, where SQLite could not write either), it goes on
    /// without one and lets SQLite report the problem.
    static func acquire(for databasePath: String, waiting: (String) -> Void) {
        guard !databasePath.isEmpty, databasePath != ":memory:" else { return }
        let descriptor = open(databasePath + "-lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        // Deliberately never closed: closing the descriptor would release the lock.
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        waiting("waiting for another graphctl writing to \(databasePath) to finish")
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    }
}
