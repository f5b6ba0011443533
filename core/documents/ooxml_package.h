#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <memory>

class QuaZip;

namespace sluice {

/// A relationship of an OOXML part (ECMA-376 Part 2, Open Packaging Conventions, §9.3).
struct OoxmlRelationship {
    QString id;     ///< r:id, e.g. "rId6"
    QString type;   ///< relationship type URI (transitional or strict)
    QString target; ///< resolved part name without leading "/" (e.g. "word/header1.xml"), or the URL as
                    ///< written when external
    bool external = false; ///< TargetMode="External": never fetched
};

/// An Office Open XML package (a .docx is one): a zip of XML parts, opened with QuaZip.
///
/// Before the zip is opened, the first bytes tell what the file really is: a 0-byte file, an OLE compound
/// file ([MS-CFB]: legacy Word 97–2003 .doc, or an encrypted OOXML package, which Office wraps in OLE with
/// "EncryptionInfo" and "EncryptedPackage" streams, [MS-OFFCRYPTO] §2.3.4.1), or something that is not a
/// zip at all. Each gives a clear error. Parts are read whole, up to `maxPartBytes` uncompressed (a bound
/// against zip bombs).
class OoxmlPackage {
    Q_DECLARE_TR_FUNCTIONS(sluice::OoxmlPackage)
public:
    OoxmlPackage();
    ~OoxmlPackage();
    OoxmlPackage(const OoxmlPackage&) = delete;
    OoxmlPackage& operator=(const OoxmlPackage&) = delete;

    /// Largest part read, uncompressed bytes (256 MiB).
    static constexpr qint64 maxPartBytes = 256LL * 1024 * 1024;

    /// Opens the package at `path`. Returns an empty string on success, otherwise the error: "empty file:
    /// 0 bytes", "legacy Word 97-2003 document (.doc) …", "encrypted: …", "not a .docx: …", "corrupt .docx:
    /// …". `transient` is set when the OS said the file is busy.
    QString open(const QString& path, bool* transient = nullptr);

    /// True when the package has a part with this name (no leading "/"; case-insensitive, as OPC says).
    bool hasPart(const QString& name) const;
    /// The bytes of part `name`, or an empty array with `error` set when it is missing, too large or
    /// cannot be inflated.
    QByteArray part(const QString& name, QString* error = nullptr) const;

    /// The relationships of part `partName` (from its _rels/<name>.rels), by id. The package's own
    /// relationships are those of part "" (_rels/.rels).
    QHash<QString, OoxmlRelationship> relationships(const QString& partName) const;

    /// The target of the first relationship of `partName` whose type ends with `typeSuffix`
    /// (e.g. "/officeDocument", "/styles"), or an empty string.
    QString targetOfType(const QString& partName, const QString& typeSuffix) const;

    /// Number of parts in the package.
    int partCount() const { return int(m_names.size()); }

private:
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, QString> m_names; ///< lower-case name → name as stored
};

} // namespace sluice
