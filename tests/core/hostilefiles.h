#pragma once

// Hostile files made by the tests themselves at run time (nothing large is
// committed): zips written byte by byte, so an entry can be what no honest
// writer makes (a deflate bomb, a declared size that lies), and a measure of
// the memory a piece of work takes, run in a child process.
// Tests that use writeZip() link ZLIB::ZLIB.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <zlib.h>

#include <cstring>
#include <functional>

namespace Byline::HostileFiles {

struct ZipEntry
{
    QByteArray name;
    QByteArray data; // stored as is, when zeros is 0
    qint64 zeros = 0; // else: a deflated run of this many zero bytes (a bomb)
    qint64 declaredSize = -1; // the uncompressed size the zip claims; -1: the true one
};

namespace Detail {

inline void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xff)).append(char((value >> 8) & 0xff));
}

inline void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

constexpr qint64 BombBlock = 1024 * 1024;

// Raw deflate of 1 MiB of zeros, ending at a full flush so the same bytes
// can follow themselves: each copy inflates to another MiB.
inline QByteArray deflatedZeros(QByteArray *finish)
{
    z_stream stream;
    std::memset(&stream, 0, sizeof stream);
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    QByteArray zeros(BombBlock, '\0');
    QByteArray out(BombBlock, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(zeros.data());
    stream.avail_in = uInt(zeros.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FULL_FLUSH);
    const QByteArray block = out.left(out.size() - stream.avail_out);
    QByteArray tail(64, '\0');
    stream.next_out = reinterpret_cast<Bytef *>(tail.data());
    stream.avail_out = uInt(tail.size());
    deflate(&stream, Z_FINISH);
    *finish = tail.left(tail.size() - stream.avail_out);
    deflateEnd(&stream);
    return block;
}

} // namespace Detail

// A zip of `entries`, in order. Sizes stay under 4 GiB (no zip64).
inline bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    using namespace Detail;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray finish;
    const QByteArray block = deflatedZeros(&finish);
    const quint32 blockCrc =
        quint32(crc32(0, reinterpret_cast<const Bytef *>(QByteArray(BombBlock, '\0').constData()), uInt(BombBlock)));
    QByteArray central;
    for (const ZipEntry &entry : entries) {
        const bool bomb = entry.zeros > 0;
        const qint64 blocks = bomb ? entry.zeros / BombBlock : 0;
        quint32 crc = 0;
        qint64 size = entry.data.size();
        qint64 compressed = entry.data.size();
        if (bomb) {
            for (qint64 i = 0; i < blocks; ++i)
                crc = quint32(crc32_combine(crc, blockCrc, BombBlock));
            size = blocks * BombBlock;
            compressed = blocks * block.size() + finish.size();
        } else {
            crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(entry.data.constData()), uInt(entry.data.size())));
        }
        const quint32 declared = quint32(entry.declaredSize >= 0 ? entry.declaredSize : size);
        const quint32 offset = quint32(file.pos());

        QByteArray header;
        put32(header, 0x04034b50);
        put16(header, 20); // version needed
        put16(header, 0); // flags
        put16(header, bomb ? 8 : 0); // deflated or stored
        put16(header, 0); // time
        put16(header, 0x21); // 1980-01-01
        put32(header, crc);
        put32(header, quint32(compressed));
        put32(header, declared);
        put16(header, quint32(entry.name.size()));
        put16(header, 0); // extra field
        header += entry.name;
        if (file.write(header) != header.size())
            return false;
        if (bomb) {
            for (qint64 i = 0; i < blocks; ++i) {
                if (file.write(block) != block.size())
                    return false;
            }
            if (file.write(finish) != finish.size())
                return false;
        } else if (file.write(entry.data) != entry.data.size()) {
            return false;
        }

        put32(central, 0x02014b50);
        put16(central, 0x0314); // made by: Unix, 2.0
        put16(central, 20);
        put16(central, 0);
        put16(central, bomb ? 8 : 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, quint32(compressed));
        put32(central, declared);
        put16(central, quint32(entry.name.size()));
        put16(central, 0); // extra field
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0100644u << 16); // a regular file, rw-r--r--
        put32(central, offset);
        central += entry.name;
    }
    const quint32 centralOffset = quint32(file.pos());
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint32(entries.size()));
    put16(end, quint32(entries.size()));
    put32(end, quint32(central.size()));
    put32(end, centralOffset);
    put16(end, 0); // comment
    return file.write(central) == central.size() && file.write(end) == end.size();
}

struct ChildRun
{
    bool exited = false; // normally, not killed by a signal (an abort on bad_alloc)
    QByteArray report; // what the work returned
    qint64 growthKiB = -1; // how far the child's peak resident memory rose during the work
};

// Runs `work` in a forked child and measures how much its peak resident
// memory (ru_maxrss) grew while it ran; a crash or an abort shows as
// exited == false instead of taking the test down.
inline ChildRun runInChild(const std::function<QByteArray()> &work)
{
    int channel[2];
    if (pipe(channel) != 0)
        return {};
    const pid_t child = fork();
    if (child == 0) {
        close(channel[0]);
        rusage before {};
        getrusage(RUSAGE_SELF, &before);
        const QByteArray report = work();
        rusage after {};
        getrusage(RUSAGE_SELF, &after);
        const QByteArray message = QByteArray::number(qint64(after.ru_maxrss - before.ru_maxrss)) + '\n' + report;
        qsizetype written = 0;
        while (written < message.size()) {
            const ssize_t n = write(channel[1], message.constData() + written, size_t(message.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        close(channel[1]);
        _exit(0);
    }
    close(channel[1]);
    QByteArray received;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(channel[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        received.append(buffer, n);
    }
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    ChildRun run;
    run.exited = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    const qsizetype newline = received.indexOf('\n');
    if (run.exited && newline > 0) {
        run.growthKiB = received.left(newline).toLongLong();
        run.report = received.mid(newline + 1);
    }
    return run;
}

} // namespace Byline::HostileFiles
