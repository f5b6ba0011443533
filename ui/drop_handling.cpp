#include "drop_handling.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <algorithm>

namespace sluice::drop {

QStringList localPaths(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (!url.isLocalFile())
            continue;
        QString path = QDir::cleanPath(url.toLocalFile());
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.isEmpty() && !paths.contains(path))
            paths.append(path);
    }
    return paths;
}

bool hasLocalPaths(const QMimeData* mime) {
    if (!mime || !mime->hasUrls())
        return false;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); });
}

void splitFoldersAndFiles(const QStringList& paths, QStringList* folders, QStringList* files) {
    for (const QString& path : paths) {
        if (QFileInfo(path).isDir()) {
            if (folders)
                folders->append(path);
        } else if (files) {
            files->append(path);
        }
    }
}

} // namespace sluice::drop
