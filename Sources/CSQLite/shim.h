#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import.
static inline void (*_Nonnull csqlite_transient(void))(void *) { return SQLITE_TRANSIENT; }

// Turns off SQLite's memory statistics, which take a global mutex on every allocation. sqlite3_config is
// variadic, which Swift cannot call; it only works before SQLite initialises, and returns SQLITE_MISUSE after.
static inline int csqlite_disable_memory_statistics(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
