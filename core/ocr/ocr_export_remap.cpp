#include "ocr_export_remap.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace sluice::ocr {

namespace {

constexpr double kEps = 1e-9;

/// The page's box around the read box (left, top, right, bottom exclusive) as x0 y0 x1 y1.
cv::Rect mapped(const RenderedPageGeometry& g, double l, double t, double r, double b) {
    return g.transform.toOriginal(int(std::lround(l)), int(std::lround(t)), int(std::lround(r)),
                                  int(std::lround(b)), g.original);
}

bool scaleOnly(const RenderedPageGeometry& g) {
    const cv::Matx33d& m = g.transform.m;
    return std::abs(m(0, 1)) < kEps && std::abs(m(1, 0)) < kEps && m(0, 0) > 0 && m(1, 1) > 0;
}

QString number(double v) {
    return QString::number(std::round(v * 100.0) / 100.0);
}

/// One hOCR title (`prop values; prop values`) of a changed page rewritten.
QString remapTitle(const QString& title, const RenderedPageGeometry& g, bool pageElement) {
    const double s = g.scale();
    QStringList out;
    const QStringList props = title.split(QLatin1Char(';'));
    for (const QString& raw : props) {
        const QString prop = raw.trimmed();
        const QStringList v = prop.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString key = v.value(0);
        if (key == QLatin1String("bbox") && v.size() == 5) {
            const cv::Rect r =
                pageElement ? cv::Rect(0, 0, g.original.width, g.original.height)
                            : mapped(g, v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toDouble());
            out << QStringLiteral("bbox %1 %2 %3 %4")
                       .arg(r.x)
                       .arg(r.y)
                       .arg(r.x + r.width)
                       .arg(r.y + r.height);
        } else if (key == QLatin1String("baseline") && v.size() == 3) {
            if (scaleOnly(g))
                out << QStringLiteral("baseline %1 %2").arg(v[1]).arg(std::lround(v[2].toDouble() / s));
        } else if ((key == QLatin1String("x_size") || key == QLatin1String("x_descenders") ||
                    key == QLatin1String("x_ascenders")) &&
                   v.size() == 2) {
            out << key + QLatin1Char(' ') + number(v[1].toDouble() / s);
        } else if (key == QLatin1String("scan_res") && v.size() == 3) {
            out << QStringLiteral("scan_res %1 %2")
                       .arg(std::lround(v[1].toDouble() / s))
                       .arg(std::lround(v[2].toDouble() / s));
        } else if (!prop.isEmpty()) {
            out << prop;
        }
    }
    return out.join(QStringLiteral("; "));
}

/// True when no page's geometry changed: Tesseract's own coordinates are already the original's.
bool allUnchanged(const QList<RenderedPageGeometry>& pages) {
    return std::all_of(pages.cbegin(), pages.cend(),
                       [](const RenderedPageGeometry& g) { return g.unchanged(); });
}

} // namespace

bool RenderedPageGeometry::unchanged() const {
    const cv::Matx33d d = transform.m - cv::Matx33d::eye();
    for (int i = 0; i < 9; ++i)
        if (std::abs(d.val[i]) > kEps)
            return false;
    return true;
}

double RenderedPageGeometry::scale() const {
    const cv::Matx33d& m = transform.m;
    const double det = std::abs(m(0, 0) * m(1, 1) - m(0, 1) * m(1, 0));
    return det > kEps ? std::sqrt(det) : 1.0;
}

QByteArray remapHocr(const QByteArray& hocr, const QList<RenderedPageGeometry>& pages) {
    if (allUnchanged(pages))
        return hocr;
    const QString in = QString::fromUtf8(hocr);
    // Tesseract writes the class before the title, so a title belongs to the last ocr_page seen.
    static const QRegularExpression token(QStringLiteral("class=(['\"])ocr_page\\1|title=(['\"])(.*?)\\2"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QString out;
    out.reserve(in.size());
    qsizetype at = 0;
    int page = -1;
    bool pageTitlePending = false;
    QRegularExpressionMatchIterator it = token.globalMatch(in);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            ++page;
            pageTitlePending = true;
            continue;
        }
        const bool pageElement = pageTitlePending;
        pageTitlePending = false;
        if (page < 0 || page >= pages.size() || pages[page].unchanged())
            continue;
        const QString quote = m.captured(2);
        out += QStringView(in).mid(at, m.capturedStart() - at);
        out += QStringLiteral("title=") + quote + remapTitle(m.captured(3), pages[page], pageElement) + quote;
        at = m.capturedEnd();
    }
    out += QStringView(in).mid(at);
    return out.toUtf8();
}

QByteArray remapTsv(const QByteArray& tsv, const QList<RenderedPageGeometry>& pages) {
    if (allUnchanged(pages))
        return tsv;
    QList<QByteArray> rows = tsv.split('\n');
    for (QByteArray& row : rows) {
        QList<QByteArray> c = row.split('\t');
        bool levelOk = false, pageOk = false;
        const int level = c.value(0).toInt(&levelOk);
        const int page = c.value(1).toInt(&pageOk) - 1;
        if (c.size() < 12 || !levelOk || !pageOk || page < 0 || page >= pages.size() ||
            pages[page].unchanged())
            continue;
        const RenderedPageGeometry& g = pages[page];
        const double l = c[6].toDouble(), t = c[7].toDouble();
        const cv::Rect r = level == 1 ? cv::Rect(0, 0, g.original.width, g.original.height)
                                      : mapped(g, l, t, l + c[8].toDouble(), t + c[9].toDouble());
        c[6] = QByteArray::number(r.x);
        c[7] = QByteArray::number(r.y);
        c[8] = QByteArray::number(r.width);
        c[9] = QByteArray::number(r.height);
        row = c.join('\t');
    }
    return rows.join('\n');
}

QByteArray remapAlto(const QByteArray& alto, const QList<RenderedPageGeometry>& pages) {
    if (allUnchanged(pages))
        return alto;
    const QString in = QString::fromUtf8(alto);
    static const QRegularExpression tag(QStringLiteral("<([A-Za-z][\\w:.-]*)(\\s[^<>]*?)?(/?)>"));
    static const QRegularExpression attr(QStringLiteral("\\b(HPOS|VPOS|WIDTH|HEIGHT)=\"([^\"]*)\""));
    QString out;
    out.reserve(in.size());
    qsizetype at = 0;
    int page = -1;
    QRegularExpressionMatchIterator it = tag.globalMatch(in);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (name == QLatin1String("Page"))
            ++page;
        if (page < 0 || page >= pages.size() || pages[page].unchanged())
            continue;
        const RenderedPageGeometry& g = pages[page];
        QString attrs = m.captured(2);
        double v[4] = {0, 0, 0, 0}; // HPOS, VPOS, WIDTH, HEIGHT
        bool has[4] = {false, false, false, false};
        QRegularExpressionMatchIterator a = attr.globalMatch(attrs);
        while (a.hasNext()) {
            const QRegularExpressionMatch am = a.next();
            const int k = am.captured(1) == QLatin1String("HPOS")    ? 0
                          : am.captured(1) == QLatin1String("VPOS")  ? 1
                          : am.captured(1) == QLatin1String("WIDTH") ? 2
                                                                     : 3;
            v[k] = am.captured(2).toDouble();
            has[k] = true;
        }
        int nv[4];
        if (name == QLatin1String("Page")) {
            if (!has[2] && !has[3])
                continue;
            nv[2] = g.original.width;
            nv[3] = g.original.height;
        } else if (has[0] && has[1] && has[2]) {
            const cv::Rect r = mapped(g, v[0], v[1], v[0] + v[2], v[1] + v[3]);
            nv[0] = r.x;
            nv[1] = r.y;
            nv[2] = r.width;
            nv[3] = r.height;
        } else {
            continue;
        }
        QString rewritten;
        qsizetype from = 0;
        a = attr.globalMatch(attrs);
        while (a.hasNext()) {
            const QRegularExpressionMatch am = a.next();
            const int k = am.captured(1) == QLatin1String("HPOS")    ? 0
                          : am.captured(1) == QLatin1String("VPOS")  ? 1
                          : am.captured(1) == QLatin1String("WIDTH") ? 2
                                                                     : 3;
            if (name == QLatin1String("Page") && k < 2)
                continue;
            rewritten += QStringView(attrs).mid(from, am.capturedStart() - from);
            rewritten += QStringLiteral("%1=\"%2\"").arg(am.captured(1)).arg(nv[k]);
            from = am.capturedEnd();
        }
        rewritten += QStringView(attrs).mid(from);
        out += QStringView(in).mid(at, m.capturedStart(2) - at);
        out += rewritten;
        at = m.capturedEnd(2);
    }
    out += QStringView(in).mid(at);
    return out.toUtf8();
}

} // namespace sluice::ocr
