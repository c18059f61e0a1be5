#pragma once

// The pages of a real SQLite file, read from its bytes as the file format
// says (https://sqlite.org/fileformat.html), so a test can damage exactly one
// page of one table or index and know which rows were on it.

#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QtEndian>

namespace Byline::LibraryPages {

using namespace Qt::StringLiterals;

inline qint64 pageSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return 0;
    const quint16 size = qFromBigEndian<quint16>(header.constData() + 16);
    return size == 1 ? 65536 : size;
}

// Page numbers start at 1.
inline QByteArray page(const QString &path, qint64 number)
{
    QFile file(path);
    const qint64 size = pageSize(path);
    if (size == 0 || !file.open(QIODevice::ReadOnly) || !file.seek((number - 1) * size))
        return {};
    return file.read(size);
}

inline void overwriteWithRandomBytes(const QString &path, qint64 number)
{
    const qint64 size = pageSize(path);
    QFile file(path);
    if (size == 0 || !file.open(QIODevice::ReadWrite) || !file.seek((number - 1) * size))
        return;
    QByteArray garbage(size, Qt::Uninitialized);
    for (char &byte : garbage)
        byte = char(QRandomGenerator::global()->bounded(256));
    file.write(garbage);
}

// The root page of a table or index, from sqlite_schema.
inline qint64 rootPage(const QString &path, const QString &name)
{
    const QString connection = u"pages-"_s + QUuid::createUuid().toString(QUuid::Id128);
    qint64 root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT rootpage FROM sqlite_schema WHERE name = ?"_s);
            query.addBindValue(name);
            if (query.exec() && query.next())
                root = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return root;
}

inline qint64 varint(const QByteArray &bytes, qsizetype &offset)
{
    quint64 value = 0;
    for (int i = 0; i < 9 && offset < bytes.size(); ++i) {
        const quint8 byte = quint8(bytes.at(offset++));
        if (i == 8) {
            value = (value << 8) | byte;
            break;
        }
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            break;
    }
    return qint64(value);
}

enum PageType : quint8
{
    InteriorTable = 0x05,
    LeafTable = 0x0d,
};

// The cell offsets of a b-tree page other than page 1.
inline QList<qsizetype> cells(const QByteArray &bytes)
{
    QList<qsizetype> offsets;
    if (bytes.size() < 12)
        return offsets;
    const int count = qFromBigEndian<quint16>(bytes.constData() + 3);
    const qsizetype header = quint8(bytes.at(0)) == InteriorTable ? 12 : 8;
    for (int i = 0; i < count; ++i)
        offsets << qFromBigEndian<quint16>(bytes.constData() + header + 2 * i);
    return offsets;
}

// The leaf pages of a table, left to right.
inline QList<qint64> tableLeaves(const QString &path, qint64 root)
{
    const QByteArray bytes = page(path, root);
    if (bytes.isEmpty())
        return {};
    if (quint8(bytes.at(0)) == LeafTable)
        return {root};
    QList<qint64> leaves;
    if (quint8(bytes.at(0)) != InteriorTable)
        return leaves;
    for (const qsizetype cell : cells(bytes))
        leaves << tableLeaves(path, qFromBigEndian<quint32>(bytes.constData() + cell));
    leaves << tableLeaves(path, qFromBigEndian<quint32>(bytes.constData() + 8));
    return leaves;
}

inline QList<qint64> rowidsOnLeaf(const QByteArray &bytes)
{
    QList<qint64> rowids;
    if (bytes.isEmpty() || quint8(bytes.at(0)) != LeafTable)
        return rowids;
    for (qsizetype offset : cells(bytes)) {
        varint(bytes, offset); // payload size
        rowids << varint(bytes, offset);
    }
    return rowids;
}

} // namespace Byline::LibraryPages
