// Build-time helper: draws the app icon's SVG into the files each platform
// wants, so the SVG is the only icon in the repository.
//
//   byline_iconrender SVG hicolor DIR SIZE...   DIR/NxN/apps/<svg name>.png
//   byline_iconrender SVG ico FILE SIZE...      one .ico holding every size (PNG entries)
//   byline_iconrender SVG iconset DIR           DIR/icon_NxN[@2x].png for macOS iconutil

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QImage draw(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// ICONDIR, one ICONDIRENTRY per size, then the PNG data: the layout Windows
// Vista and later read, written by hand because Qt's ICO writer keeps one image.
QByteArray icoFile(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int size : sizes)
        images << png(draw(svg, size));
    QByteArray out;
    auto put16 = [&out](quint16 value) {
        const quint16 le = qToLittleEndian(value);
        out.append(reinterpret_cast<const char *>(&le), 2);
    };
    auto put32 = [&out](quint32 value) {
        const quint32 le = qToLittleEndian(value);
        out.append(reinterpret_cast<const char *>(&le), 4);
    };
    put16(0);
    put16(1); // icon
    put16(quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = sizes.at(i);
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        put16(1); // colour planes
        put16(32); // bits per pixel
        put32(quint32(images.at(i).size()));
        put32(offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : std::as_const(images))
        out.append(image);
    return out;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "byline_iconrender: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 3)
        return fail(u"usage: byline_iconrender SVG hicolor|ico|iconset OUTPUT [SIZE...]"_s);
    const QString svgPath = arguments.at(0);
    const QString kind = arguments.at(1);
    const QString output = arguments.at(2);
    QList<int> sizes;
    for (const QString &argument : arguments.mid(3)) {
        bool ok = false;
        const int size = argument.toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(u"not an icon size: %1"_s.arg(argument));
        sizes << size;
    }
    QSvgRenderer svg(svgPath);
    if (!svg.isValid())
        return fail(u"cannot read %1"_s.arg(svgPath));

    if (kind == "hicolor"_L1) {
        const QString name = QFileInfo(svgPath).completeBaseName() + u".png"_s;
        for (int size : std::as_const(sizes)) {
            const QString path = u"%1/%2x%2/apps/%3"_s.arg(output).arg(size).arg(name);
            if (!writeFile(path, png(draw(svg, size))))
                return fail(u"cannot write %1"_s.arg(path));
        }
        return 0;
    }
    if (kind == "ico"_L1) {
        if (sizes.isEmpty() || !writeFile(output, icoFile(svg, sizes)))
            return fail(u"cannot write %1"_s.arg(output));
        return 0;
    }
    if (kind == "iconset"_L1) {
        // The names iconutil requires: each point size at 1x and 2x.
        for (int points : {16, 32, 128, 256, 512}) {
            for (int scale : {1, 2}) {
                const QString path =
                    u"%1/icon_%2x%2%3.png"_s.arg(output).arg(points).arg(scale == 2 ? u"@2x"_s : QString());
                if (!writeFile(path, png(draw(svg, points * scale))))
                    return fail(u"cannot write %1"_s.arg(path));
            }
        }
        return 0;
    }
    return fail(u"unknown output kind: %1"_s.arg(kind));
}
