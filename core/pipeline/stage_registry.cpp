#include "stage_registry.h"

namespace sluice {

StageRegistry& StageRegistry::instance() {
    static StageRegistry* registry = [] {
        auto* r = new StageRegistry;
        registerBuiltinStages(*r);
        return r;
    }();
    return *registry;
}

void StageRegistry::add(const QString& id, Factory factory) {
    m_factories.insert(id, std::move(factory));
}

std::unique_ptr<Stage> StageRegistry::create(const QString& id) const {
    const auto it = m_factories.constFind(id);
    if (it == m_factories.constEnd())
        return nullptr;
    return (*it)();
}

QJsonArray StageRegistry::describe() const {
    QJsonArray stages;
    for (auto it = m_factories.constBegin(); it != m_factories.constEnd(); ++it) {
        const std::unique_ptr<Stage> stage = it.value()();
        QJsonObject o;
        o.insert(QStringLiteral("id"), stage->id());
        o.insert(QStringLiteral("name"), stage->displayName());
        o.insert(QStringLiteral("group"), stage->group());
        o.insert(QStringLiteral("description"), stage->description());
        QJsonArray params;
        for (const ParamSpec& p : stage->parameters())
            params.append(p.toJson());
        o.insert(QStringLiteral("parameters"), params);
        QJsonArray inputs;
        for (const PortSpec& p : stage->inputs())
            inputs.append(p.toJson());
        o.insert(QStringLiteral("inputs"), inputs);
        QJsonArray outputs;
        for (const PortSpec& p : stage->outputs(withDefaults(*stage, {})))
            outputs.append(p.toJson());
        o.insert(QStringLiteral("outputs"), outputs);
        stages.append(o);
    }
    return stages;
}

QJsonObject StageRegistry::withDefaults(const Stage& stage, const QJsonObject& params) {
    QJsonObject filled = params;
    for (const ParamSpec& p : stage.parameters())
        if (!filled.contains(p.name) && !p.defaultValue.isUndefined())
            filled.insert(p.name, p.defaultValue);
    return filled;
}

} // namespace sluice
