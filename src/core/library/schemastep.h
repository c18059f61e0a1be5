#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Byline {

class Library;

// One step of the library's schema. PRAGMA user_version says how many steps
// a library has had; opening it applies the rest in order, in one
// transaction. A step, once released, never changes: libraries on disk
// were made by it (tests/data/library/schema-vN.sql keeps each version).
struct SchemaStep
{
    int version = 0; // user_version once the step is applied: 1, 2, ...
    const char *feature = ""; // who owns it, for the log: "articles", "photos", "publishing"
    QStringList statements; // SQL, run in order
    // Runs once the statements of the whole upgrade have run: fills new
    // tables from rows an older library already had.
    std::function<bool(Library &)> fill = {};

    // The tables its statements create, for LibraryFile's shape check.
    QStringList tablesCreated() const;
};

// Each feature lists its own steps in its own folder.
QList<SchemaStep> articleSchemaSteps(); // articles, revisions, search: library/articleschema.cpp
QList<SchemaStep> photoSchemaSteps(); // library/photoschema.cpp

// Every feature's steps, in version order.
class SchemaRegistry
{
public:
    // Steps 1 to Library::SchemaVersion, each once.
    static const QList<SchemaStep> &steps();
    // Why `steps` cannot be a schema (a version missing, taken twice or
    // beyond `latest`); empty when they can.
    static QString problem(const QList<SchemaStep> &steps, int latest);
};

} // namespace Byline
