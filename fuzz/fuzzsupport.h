#pragma once

// Shared by the libFuzzer harnesses (docs/development.md, "Fuzzing"): Byline's
// core runs in-process under one QCoreApplication, quietly, with its
// settings and files kept away from the user's.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Byline::Fuzz {

// Qt's warnings about damaged input are expected by the thousand; a fatal
// message is still a crash.
inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
        std::abort();
    }
}

// A broken promise found by a harness: reported as a crash, with its input kept.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "byline-fuzz: %s\n", what);
    std::abort();
}

// Called once from LLVMFuzzerInitialize.
inline void start()
{
    qInstallMessageHandler(quietMessages);
    QStandardPaths::setTestModeEnabled(true);
    static int argc = 1;
    static char name[] = "byline-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: the input must not outlive the call, and ASan then sees
    // reads past its end.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The readers under test take file names: one scratch folder per process
// (tools/fuzz points TMPDIR at build/fuzz/tmp and empties it afterwards).
inline QString scratchPath(const QString &name)
{
    static QTemporaryDir folder;
    if (!folder.isValid())
        std::abort();
    return folder.filePath(name);
}

inline QString writeScratch(const QString &name, const QByteArray &content)
{
    const QString path = scratchPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        std::abort();
    return path;
}

} // namespace Byline::Fuzz
