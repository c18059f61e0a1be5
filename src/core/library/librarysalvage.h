#pragma once

#include <QString>

namespace Byline {

class Library;
struct LibraryRecovery;

// Copies what SQLite can still read from a library file that was set aside
// into the new, empty library that replaced it, as the sqlite3 shell's
// .recover does (libsqlite3 does not offer it): table by table and row by
// row in rowid order, stepping over pages that cannot be read. Article ids
// are kept, so revisions, photos and the publish records (what each site
// already has, which keeps publishing exactly-once) still point at their
// stories. A story whose own row is lost comes back from its last named
// revision or publish snapshot.
class LibrarySalvage
{
public:
    // Reads recovery.keptCopy (without its -wal when that journal was
    // another database's) and fills in the story counts.
    static void recover(Library &target, LibraryRecovery &recovery);
};

} // namespace Byline
