#pragma once

#include "stage.h"

#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace sluice {

/// The catalogue of stage types. A stage registered here appears in pipeline validation, the CLI's
/// `stages` listing and the editor's palette.
class StageRegistry {
public:
    using Factory = std::function<std::unique_ptr<Stage>()>;

    /// The process-wide registry, with every built-in stage registered on first use.
    static StageRegistry& instance();

    /// Registers a factory under `id`; replaces an existing one with that id.
    void add(const QString& id, Factory factory);
    bool contains(const QString& id) const { return m_factories.contains(id); }
    QStringList ids() const { return m_factories.keys(); }

    /// A fresh instance, or nullptr for an unknown id.
    std::unique_ptr<Stage> create(const QString& id) const;

    /// Full description of every stage: id, name, group, description, parameters, inputs, outputs.
    QJsonArray describe() const;

    /// `params` with every declared default filled in for the parameters it omits.
    static QJsonObject withDefaults(const Stage& stage, const QJsonObject& params);

private:
    QMap<QString, Factory> m_factories;
};

/// Registers the built-in stages (mime, hash, text, pdf_text, image_info, route, jsonl_log).
void registerBuiltinStages(StageRegistry& registry);

} // namespace sluice
