#include "ooxml_package.h"

#include "stages/builtin_stages.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace sluice {

namespace {

QByteArray utf16(const char* ascii) {
    QByteArray out;
    for (const char* p = ascii; *p; ++p) {
        out.append(*p);
        out.append('\0');
    }
    return out;
}

/// Resolves a relationship target against the folder of its source part (OPC §9.3.2): "../media/x.png"
/// from "word/document.xml" is "media/x.png" under "word/"; a target starting with "/" is a part name.
QString resolveTarget(const QString& sourcePart, const QString& target) {
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const int slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    const QString base = slash >= 0 ? sourcePart.left(slash + 1) : QString();
    QString resolved = QDir::cleanPath(base + target);
    while (resolved.startsWith(QLatin1String("../")))
        resolved = resolved.mid(3);
    return resolved;
}

} // namespace

OoxmlPackage::OoxmlPackage() = default;
OoxmlPackage::~OoxmlPackage() = default;

QString OoxmlPackage::open(const QString& path, bool* transient) {
    QByteArray head;
    qint64 size = 0;
    {
        QFile file(path);
        const QString openError = stageutil::openForReading(file, transient);
        if (!openError.isEmpty())
            return openError;
        size = file.size();
        if (size == 0)
            return tr("empty file: 0 bytes");
        head = file.read(8);
        // [MS-CFB] §2.2: an OLE compound file starts with D0 CF 11 E0 A1 B1 1A E1.
        if (head.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"))) {
            file.seek(0);
            const QByteArray body = file.read(16 * 1024 * 1024);
            if (body.contains(utf16("EncryptedPackage")))
                return tr("encrypted: the Word document is password-protected (an encrypted OOXML package "
                          "in an OLE container); Sluice cannot decrypt it");
            if (body.contains(utf16("WordDocument")))
                return tr("legacy Word 97-2003 document (.doc, an OLE compound file), not .docx: save it as "
                          ".docx to read it");
            return tr("not a .docx: an OLE compound file that holds no Word document");
        }
    }
    if (!head.startsWith("PK"))
        return tr("not a .docx: not a zip package (it does not start with the zip signature PK)");
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        const int code = m_zip->getZipError();
        m_zip.reset();
        return tr("corrupt .docx: the zip package cannot be read (truncated or damaged; zip error %1)")
            .arg(code);
    }
    for (const QString& name : m_zip->getFileNameList())
        m_names.insert(name.toLower(), name);
    if (m_names.isEmpty())
        return tr("corrupt .docx: the zip package holds no parts");
    return {};
}

bool OoxmlPackage::hasPart(const QString& name) const {
    return m_names.contains(name.toLower());
}

QByteArray OoxmlPackage::part(const QString& name, QString* error) const {
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (!m_zip)
        return fail(tr("the package is not open"));
    const auto stored = m_names.constFind(name.toLower());
    if (stored == m_names.constEnd())
        return fail(tr("the part %1 is missing").arg(name));
    if (!m_zip->setCurrentFile(*stored))
        return fail(tr("the part %1 cannot be found in the zip directory").arg(name));
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && info.uncompressedSize > quint64(maxPartBytes))
        return fail(tr("the part %1 is %2 bytes uncompressed, more than the limit of %3")
                        .arg(name)
                        .arg(info.uncompressedSize)
                        .arg(maxPartBytes));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("the part %1 cannot be opened (zip error %2)").arg(name).arg(file.getZipError()));
    QByteArray data = file.read(maxPartBytes + 1);
    const int zipError = file.getZipError();
    file.close();
    if (data.size() > maxPartBytes)
        return fail(tr("the part %1 inflates to more than %2 bytes").arg(name).arg(maxPartBytes));
    if (zipError != 0 || file.getZipError() != 0)
        return fail(tr("the part %1 cannot be inflated (damaged data, zip error %2)")
                        .arg(name)
                        .arg(zipError != 0 ? zipError : file.getZipError()));
    if (error)
        error->clear();
    return data;
}

QHash<QString, OoxmlRelationship> OoxmlPackage::relationships(const QString& partName) const {
    QString relsName;
    const int slash = partName.lastIndexOf(QLatin1Char('/'));
    if (partName.isEmpty())
        relsName = QStringLiteral("_rels/.rels");
    else
        relsName = partName.left(slash + 1) + QStringLiteral("_rels/") + partName.mid(slash + 1) +
                   QStringLiteral(".rels");
    QHash<QString, OoxmlRelationship> out;
    if (!hasPart(relsName))
        return out;
    QXmlStreamReader xml(part(relsName));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            OoxmlRelationship r;
            const QXmlStreamAttributes a = xml.attributes();
            r.id = a.value(QLatin1String("Id")).toString();
            r.type = a.value(QLatin1String("Type")).toString();
            r.external = a.value(QLatin1String("TargetMode"))
                             .compare(QLatin1String("External"), Qt::CaseInsensitive) == 0;
            const QString target = a.value(QLatin1String("Target")).toString();
            r.target = r.external ? target : resolveTarget(partName, target);
            out.insert(r.id, r);
        }
    }
    return out;
}

QString OoxmlPackage::targetOfType(const QString& partName, const QString& typeSuffix) const {
    for (const OoxmlRelationship& r : relationships(partName))
        if (!r.external && r.type.endsWith(typeSuffix))
            return r.target;
    return {};
}

} // namespace sluice
