#include "pipeline.h"

#include "retry_policy.h"
#include "stage_registry.h"
#include "stages/unavailable_stage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <functional>

// Static libraries drop resource initialisers unless something references them.
static void initPipelineResources() {
    Q_INIT_RESOURCE(pipelines);
}

namespace sluice {

namespace {

void ensureResources() {
    static const bool done = (initPipelineResources(), true);
    (void)done;
}

QString tr(const char* text) {
    return QCoreApplication::translate("sluice::Pipeline", text);
}

const QString kFormat = QStringLiteral("sluice-pipeline");

} // namespace

QString ValidationIssue::toString() const {
    QString where;
    if (!node.isEmpty())
        where = QCoreApplication::translate("sluice::ValidationIssue", "node '%1'").arg(node);
    if (!param.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) +
                 QCoreApplication::translate("sluice::ValidationIssue", "parameter '%1'").arg(param);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

bool Pipeline::fromJson(const QByteArray& json, Pipeline& out, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            const QByteArray before = json.left(parseError.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
            *error = tr("not valid JSON at line %1, column %2: %3")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString());
        }
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("a pipeline must be a JSON object");
        return false;
    }
    return fromJsonObject(doc.object(), out, error);
}

bool Pipeline::fromJsonObject(const QJsonObject& o, Pipeline& out, QString* error) {
    Pipeline p;
    const QStringList problems = readJsonObject(o, p);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QStringLiteral("; "));
        return false;
    }
    out = p;
    return true;
}

QStringList Pipeline::readJsonObject(const QJsonObject& o, Pipeline& out) {
    static const QStringList nodeKeys{QStringLiteral("id"),     QStringLiteral("stage"),
                                      QStringLiteral("params"), QStringLiteral("position"),
                                      QStringLiteral("label"),  QStringLiteral("retry")};
    QStringList problems;
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        problems.append(tr("'format' must be \"%1\"").arg(kFormat));
    const QJsonValue versionValue = o.value(QStringLiteral("version"));
    const int version = versionValue.toInt(-1);
    if (versionValue.isUndefined())
        problems.append(tr("'version' is missing: add \"version\": %1").arg(kFormatVersion));
    else if (!versionValue.isDouble())
        problems.append(tr("'version' must be a number: \"version\": %1").arg(kFormatVersion));
    else if (version < 1 || version > kFormatVersion)
        problems.append(tr("'version' %1 is not supported (this build reads version %2)")
                            .arg(version)
                            .arg(kFormatVersion));
    Pipeline p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.description = o.value(QStringLiteral("description")).toString();
    if (!o.value(QStringLiteral("nodes")).isArray())
        problems.append(tr("'nodes' must be an array"));
    const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
    for (int i = 0; i < nodes.size(); ++i) {
        if (!nodes.at(i).isObject()) {
            problems.append(tr("nodes[%1] must be an object").arg(i));
            continue;
        }
        const QJsonObject n = nodes.at(i).toObject();
        PipelineNode node;
        node.id = n.value(QStringLiteral("id")).toString();
        if (node.id.isEmpty()) {
            problems.append(tr("nodes[%1] has no 'id'").arg(i));
            continue;
        }
        node.stage = n.value(QStringLiteral("stage")).toString();
        if (n.contains(QStringLiteral("params")) && !n.value(QStringLiteral("params")).isObject())
            problems.append(tr("nodes[%1] ('%2'): 'params' must be an object").arg(i).arg(node.id));
        node.params = n.value(QStringLiteral("params")).toObject();
        node.label = n.value(QStringLiteral("label")).toString();
        if (n.contains(QStringLiteral("retry")) && !n.value(QStringLiteral("retry")).isObject())
            problems.append(tr("nodes[%1] ('%2'): 'retry' must be an object").arg(i).arg(node.id));
        node.retry = n.value(QStringLiteral("retry")).toObject();
        const QJsonArray pos = n.value(QStringLiteral("position")).toArray();
        if (pos.size() == 2)
            node.position = QPointF(pos.at(0).toDouble(), pos.at(1).toDouble());
        for (auto it = n.constBegin(); it != n.constEnd(); ++it)
            if (!nodeKeys.contains(it.key()))
                node.unknownKeys.append(it.key());
        p.nodes.append(node);
    }
    const QJsonValue edgesValue = o.value(QStringLiteral("edges"));
    if (!edgesValue.isUndefined() && !edgesValue.isArray())
        problems.append(tr("'edges' must be an array"));
    const QJsonArray edges = edgesValue.toArray();
    for (int i = 0; i < edges.size(); ++i) {
        const QJsonObject e = edges.at(i).toObject();
        PipelineEdge edge;
        edge.from = e.value(QStringLiteral("from")).toString();
        edge.to = e.value(QStringLiteral("to")).toString();
        edge.fromPort = e.value(QStringLiteral("from_port")).toString(QStringLiteral("out"));
        edge.toPort = e.value(QStringLiteral("to_port")).toString(QStringLiteral("in"));
        if (edge.from.isEmpty() || edge.to.isEmpty()) {
            problems.append(tr("edges[%1] needs 'from' and 'to'").arg(i));
            continue;
        }
        p.edges.append(edge);
    }
    out = p;
    return problems;
}

QJsonObject Pipeline::toJsonObject() const {
    QJsonArray nodeArray;
    for (const PipelineNode& n : nodes) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), n.id);
        o.insert(QStringLiteral("stage"), n.stage);
        o.insert(QStringLiteral("params"), n.params);
        o.insert(QStringLiteral("position"), QJsonArray{n.position.x(), n.position.y()});
        if (!n.label.isEmpty())
            o.insert(QStringLiteral("label"), n.label);
        if (!n.retry.isEmpty())
            o.insert(QStringLiteral("retry"), n.retry);
        nodeArray.append(o);
    }
    QJsonArray edgeArray;
    for (const PipelineEdge& e : edges)
        edgeArray.append(QJsonObject{{QStringLiteral("from"), e.from},
                                     {QStringLiteral("from_port"), e.fromPort},
                                     {QStringLiteral("to"), e.to},
                                     {QStringLiteral("to_port"), e.toPort}});
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("nodes"), nodeArray);
    o.insert(QStringLiteral("edges"), edgeArray);
    return o;
}

QByteArray Pipeline::toJson() const {
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QStringList Pipeline::builtinNames() {
    ensureResources();
    QStringList names;
    const QStringList files =
        QDir(QStringLiteral(":/pipelines")).entryList({QStringLiteral("*.sluice.json")});
    for (const QString& f : files)
        names.append(f.chopped(int(qstrlen(".sluice.json"))));
    return names;
}

QString Pipeline::userPipelineDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("pipelines"));
}

QStringList Pipeline::userNames() {
    QStringList names;
    const QStringList files =
        QDir(userPipelineDir()).entryList({QStringLiteral("*.sluice.json")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        names.append(f.chopped(int(qstrlen(".sluice.json"))));
    return names;
}

namespace {

/// The file `fileOrName` names: itself when it is a path, else a user pipeline, else a built-in one.
QString pipelinePath(const QString& fileOrName) {
    ensureResources();
    const QString builtin = QStringLiteral(":/pipelines/%1.sluice.json").arg(fileOrName);
    const QString user =
        QDir(Pipeline::userPipelineDir()).filePath(fileOrName + QStringLiteral(".sluice.json"));
    const bool isName = !fileOrName.contains(QLatin1Char('/')) && !QFileInfo::exists(fileOrName);
    if (isName && !fileOrName.isEmpty() && QFile::exists(user))
        return user;
    if (isName && QFile::exists(builtin))
        return builtin;
    return fileOrName;
}

} // namespace

bool Pipeline::check(const QString& fileOrName, Pipeline& out, QList<ValidationIssue>* issues,
                     QString* error) {
    const QString path = pipelinePath(fileOrName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot open pipeline '%1': %2").arg(fileOrName, file.errorString());
        return false;
    }
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Pipeline ignored;
        QString syntax;
        fromJson(json, ignored, &syntax); // the message with line and column
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileOrName, syntax);
        return false;
    }
    Pipeline p;
    const QStringList shape = readJsonObject(doc.object(), p);
    if (p.name.isEmpty())
        p.name = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
    QList<ValidationIssue> found;
    for (const QString& problem : shape)
        found.append({{}, {}, problem});
    for (const ValidationIssue& issue : p.validate()) {
        // "no nodes" says again what a broken 'nodes' array already said.
        if (!shape.isEmpty() && p.nodes.isEmpty() && issue.node.isEmpty())
            continue;
        found.append(issue);
    }
    if (issues)
        *issues = found;
    out = p;
    return true;
}

bool Pipeline::load(const QString& fileOrName, Pipeline& out, QString* error) {
    const QString path = pipelinePath(fileOrName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot open pipeline '%1': %2 (built-in pipelines: %3)")
                         .arg(fileOrName, file.errorString(), builtinNames().join(QStringLiteral(", ")));
        return false;
    }
    QString parseError;
    if (!fromJson(file.readAll(), out, &parseError)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileOrName, parseError);
        return false;
    }
    if (out.name.isEmpty())
        out.name = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
    return true;
}

bool Pipeline::save(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

const PipelineNode* Pipeline::node(const QString& id) const {
    for (const PipelineNode& n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

QList<PipelineEdge> Pipeline::incoming(const QString& id) const {
    QList<PipelineEdge> result;
    for (const PipelineEdge& e : edges)
        if (e.to == id)
            result.append(e);
    return result;
}

QList<PipelineEdge> Pipeline::outgoing(const QString& id) const {
    QList<PipelineEdge> result;
    for (const PipelineEdge& e : edges)
        if (e.from == id)
            result.append(e);
    return result;
}

namespace {

/// Kahn's algorithm, keeping the file's node order among nodes that are ready together: the ids that can
/// be placed in an order where every edge goes forward (all of them unless there is a cycle), and in
/// `left` the others, in file order.
QStringList placeableOrder(const Pipeline& p, QStringList* left) {
    QHash<QString, int> inDegree;
    for (const PipelineNode& n : p.nodes)
        inDegree.insert(n.id, 0);
    for (const PipelineEdge& e : p.edges)
        if (inDegree.contains(e.from) && inDegree.contains(e.to))
            ++inDegree[e.to];
    QStringList order;
    QSet<QString> done;
    bool progressed = true;
    while (progressed) {
        progressed = false;
        for (const PipelineNode& n : p.nodes) {
            if (done.contains(n.id) || inDegree.value(n.id) != 0)
                continue;
            done.insert(n.id);
            order.append(n.id);
            progressed = true;
            for (const PipelineEdge& e : p.edges)
                if (e.from == n.id && inDegree.contains(e.to))
                    --inDegree[e.to];
        }
    }
    left->clear();
    for (const PipelineNode& n : p.nodes)
        if (!done.contains(n.id) && !left->contains(n.id))
            left->append(n.id);
    return order;
}

} // namespace

QStringList Pipeline::topologicalOrder(QStringList* cycle) const {
    QStringList left;
    const QStringList order = placeableOrder(*this, &left);
    if (left.isEmpty())
        return order;
    if (cycle) {
        *cycle = cyclesAmong(left).value(0);
        if (cycle->isEmpty()) // only edges from a node to itself
            for (const PipelineEdge& e : edges)
                if (e.from == e.to && left.contains(e.from)) {
                    *cycle = QStringList{e.from};
                    break;
                }
    }
    return {};
}

QList<QStringList> Pipeline::cyclesAmong(const QStringList& ids) const {
    // Depth-first search with colours over the edges between `ids` (file order); each edge back to a node
    // on the current path closes one cycle: that path's part from the node on.
    const QSet<QString> among(ids.cbegin(), ids.cend());
    QHash<QString, QStringList> next;
    for (const PipelineEdge& e : edges)
        if (e.from != e.to && among.contains(e.from) && among.contains(e.to) &&
            !next.value(e.from).contains(e.to))
            next[e.from].append(e.to);
    enum Colour { White, Grey, Black };
    QHash<QString, Colour> colour;
    QList<QStringList> cycles;
    QStringList path;
    std::function<void(const QString&)> visit = [&](const QString& id) {
        colour.insert(id, Grey);
        path.append(id);
        for (const QString& to : next.value(id)) {
            const Colour c = colour.value(to, White);
            if (c == Grey)
                cycles.append(path.mid(path.indexOf(to)));
            else if (c == White)
                visit(to);
        }
        path.removeLast();
        colour.insert(id, Black);
    };
    for (const QString& id : ids)
        if (colour.value(id, White) == White)
            visit(id);
    return cycles;
}

QList<ValidationIssue> Pipeline::validate() const {
    QList<ValidationIssue> issues;
    const StageRegistry& registry = StageRegistry::instance();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));

    if (nodes.isEmpty())
        issues.append({{}, {}, tr("the pipeline has no nodes")});

    QSet<QString> ids;
    QHash<QString, QList<PortSpec>> inputsOf;
    QHash<QString, QList<PortSpec>> outputsOf;
    for (const PipelineNode& n : nodes) {
        if (!idPattern.match(n.id).hasMatch())
            issues.append({n.id, {}, tr("node id must be letters, digits, '_' or '-'")});
        if (ids.contains(n.id))
            issues.append({n.id, {}, tr("duplicate node id")});
        ids.insert(n.id);
        if (!n.retry.isEmpty()) {
            QStringList retryProblems;
            RetryPolicy::fromJson(n.retry, RetryPolicy(), &retryProblems);
            for (const QString& problem : std::as_const(retryProblems))
                issues.append({n.id, QStringLiteral("retry"), problem});
        }

        if (n.stage.isEmpty()) {
            issues.append({n.id,
                           {},
                           n.unknownKeys.contains(QStringLiteral("type"))
                               ? tr("the node has no \"stage\"; it has \"type\" — write \"stage\" instead")
                               : tr("the node has no \"stage\"")});
            continue;
        }
        const std::unique_ptr<Stage> stage = registry.create(n.stage);
        if (!stage) {
            issues.append({n.id, {}, tr("unknown stage '%1'").arg(n.stage)});
            continue;
        }
        if (const auto* unavailable = dynamic_cast<const UnavailableStage*>(stage.get())) {
            issues.append({n.id, {}, unavailable->reason()}); // its module could not be loaded
            inputsOf.insert(n.id, stage->inputs());
            outputsOf.insert(n.id, stage->outputs({}));
            continue;
        }
        const QList<ParamSpec> specs = stage->parameters();
        QSet<QString> known;
        for (const ParamSpec& spec : specs) {
            known.insert(spec.name);
            const QJsonValue value = n.params.value(spec.name);
            if (value.isUndefined()) {
                if (spec.required)
                    issues.append({n.id, spec.name, tr("required parameter is missing")});
                continue;
            }
            const QString problem = spec.check(value);
            if (!problem.isEmpty())
                issues.append({n.id, spec.name, problem});
        }
        for (auto it = n.params.constBegin(); it != n.params.constEnd(); ++it)
            if (!known.contains(it.key()))
                issues.append({n.id, it.key(), tr("unknown parameter of stage '%1'").arg(n.stage)});
        const QJsonObject filled = StageRegistry::withDefaults(*stage, n.params);
        QSet<QString> reported;
        for (const ValidationIssue& issue : std::as_const(issues))
            if (issue.node == n.id)
                reported.insert(issue.param);
        for (const QString& problem : stage->checkParameters(filled)) {
            const QString param = problem.section(QRegularExpression(QStringLiteral("[\\[: ]")), 0, 0);
            if (reported.contains(param))
                continue; // the value's type is wrong already; the stage's own check would only repeat it
            // "algorithms: unknown …" reads "parameter 'algorithms': unknown …"; "rules[2]: …" keeps its
            // index.
            const QString prefix = param + QStringLiteral(": ");
            issues.append({n.id, param, problem.startsWith(prefix) ? problem.mid(prefix.size()) : problem});
        }
        inputsOf.insert(n.id, stage->inputs());
        outputsOf.insert(n.id, stage->outputs(filled));
    }

    auto findPort = [](const QList<PortSpec>& ports, const QString& name) -> const PortSpec* {
        for (const PortSpec& p : ports)
            if (p.name == name)
                return &p;
        return nullptr;
    };
    QList<PipelineEdge> seenEdges;
    for (const PipelineEdge& e : edges) {
        const QString edgeText = QStringLiteral("%1.%2 → %3.%4").arg(e.from, e.fromPort, e.to, e.toPort);
        // The same connection twice would hand the file to the node twice (or hide a mistyped edge).
        if (seenEdges.contains(e)) {
            issues.append({e.to, {}, tr("edge %1 is listed more than once").arg(edgeText)});
            continue;
        }
        seenEdges.append(e);
        if (!ids.contains(e.from)) {
            issues.append({e.to, {}, tr("edge %1 comes from unknown node '%2'").arg(edgeText, e.from)});
            continue;
        }
        if (!ids.contains(e.to)) {
            issues.append({e.from, {}, tr("edge %1 goes to unknown node '%2'").arg(edgeText, e.to)});
            continue;
        }
        if (e.from == e.to) {
            issues.append({e.from, {}, tr("edge %1 connects the node to itself").arg(edgeText)});
            continue;
        }
        if (!outputsOf.contains(e.from) || !inputsOf.contains(e.to))
            continue; // unknown stage, already reported
        const PortSpec* out = findPort(outputsOf.value(e.from), e.fromPort);
        const PortSpec* in = findPort(inputsOf.value(e.to), e.toPort);
        if (!out)
            issues.append({e.from,
                           {},
                           tr("edge %1 uses output port '%2', which the node does not have")
                               .arg(edgeText, e.fromPort)});
        if (!in)
            issues.append(
                {e.to,
                 {},
                 tr("edge %1 uses input port '%2', which the node does not have").arg(edgeText, e.toPort)});
        if (out && in && !portTypesCompatible(out->type, in->type))
            issues.append(
                {e.to,
                 {},
                 tr("edge %1 connects a '%2' output to a '%3' input").arg(edgeText, out->type, in->type)});
    }

    // One line per edge that closes a cycle, naming only that cycle's nodes in edge order: "a → b → a".
    QStringList left;
    placeableOrder(*this, &left);
    for (const QStringList& c : cyclesAmong(left))
        issues.append(
            {c.first(),
             {},
             tr("cycle through nodes: %1").arg((c + QStringList{c.first()}).join(QStringLiteral(" → ")))});
    return issues;
}

} // namespace sluice
