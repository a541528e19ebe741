import CSQLite
import Foundation

/// Copies committed pages from a database's write-ahead log into the database file on a thread and a connection of
/// its own, while the writer goes on with its next transaction (`Database.bulkLoad(logLimit:_:)`).
///
/// SQLite's automatic checkpoint runs inside the commit that fills the log, so the writer stops for it: the copy
/// and the sync of the database file, a tenth of a bulk load's writing. Here the writer's commits only wake this
/// thread, which runs a passive checkpoint: it takes no lock a writer or a reader waits for.
///
/// The checkpoint syncs the log before it copies it. While the log's pages are being written out, a commit appending
/// to the log waits on each of them in the kernel (frames do not align with the file's pages). So a commit first
/// waits for a checkpoint under way to finish (`waitBeforeCommit()`): the checkpoint overlaps the writer's work
/// between commits, not its writing.
///
/// A log can only start again from its beginning when a transaction begins after a checkpoint has copied all of it.
/// So that it does not grow without end, a commit that leaves more than `limit` pages in it waits for the checkpoint
/// of what it wrote.
final class Checkpointer: @unchecked Sendable {
    private let limit: Int
    /// Closed by the thread as it ends, so that when `stop()` returns the caller's connection is the last one, and
    /// closing it checkpoints what is left and removes the log.
    private var connection: Database?
    private let condition = NSCondition()
    /// Commits not yet checkpointed.
    private var requested = 0
    private var running = false
    private var stopping = false
    private var thread: Thread?

    /// Opens a second connection to `path`, the database the caller writes, and starts the thread.
    init(path: String, limit: Int) throws(StoreError) {
        self.limit = limit
        connection = try Database(path: path)
        let thread = Thread { [self] in run() }
        thread.name = "graph-checkpoint"
        self.thread = thread
        thread.start()
    }

    /// Called on the writer's thread after a commit that left `pages` pages in the log.
    func committed(pages: Int) {
        condition.lock()
        defer { condition.unlock() }
        requested += 1
        condition.broadcast()
        if pages > limit { waitForCheckpoints() }
    }

    /// Called on the writer's thread before a commit: waits while a checkpoint is under way.
    func waitBeforeCommit() {
        condition.lock()
        defer { condition.unlock() }
        waitForCheckpoints()
    }

    /// Waits, holding `condition`, until no checkpoint is asked for or under way.
    private func waitForCheckpoints() {
        while (requested > 0 || running) && !stopping { condition.wait() }
    }

    /// Finishes the checkpoint under way and stops the thread. What is left in the log, the writer's connection
    /// checkpoints when it closes, as SQLite always does.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while thread != nil { condition.wait() }
        condition.unlock()
    }

    private func run() {
        condition.lock()
        while true {
            while requested == 0 && !stopping { condition.wait() }
            if stopping { break }
            requested = 0
            running = true
            condition.unlock()
            // A failure (busy, out of space) leaves the pages in the log, where every reader finds them; the next
            // checkpoint, or the one when the writer closes, copies them.
            if let connection { sqlite3_wal_checkpoint_v2(connection.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil) }
            condition.lock()
            running = false
            condition.broadcast()
        }
        connection = nil
        thread = nil
        condition.broadcast()
        condition.unlock()
    }
}
