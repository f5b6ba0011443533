#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace sluice {

/// One node of a pipeline graph: an instance of a stage with its parameters.
struct PipelineNode {
    QString id;         ///< unique within the pipeline, [A-Za-z0-9_-]+
    QString stage;      ///< StageRegistry id
    QJsonObject params; ///< as written in the file (defaults are not filled in here)
    QPointF position;   ///< editor canvas position in scene pixels; ignored by the runner
    QString label;      ///< optional caption in the editor
    /// Optional retry policy for transient failures, {attempts, initial_delay_ms, factor, max_delay_ms,
    /// jitter} (see RetryPolicy); empty = the runner's default.
    QJsonObject retry = {};
    /// Keys of the node's JSON object that the format does not define, as read from the file (e.g. "type"
    /// written for "stage"); only used to name them in validate(), never saved.
    QStringList unknownKeys = {};
};

/// A directed edge from an output port of one node to an input port of another.
struct PipelineEdge {
    QString from;
    QString fromPort = QStringLiteral("out");
    QString to;
    QString toPort = QStringLiteral("in");

    bool operator==(const PipelineEdge& o) const {
        return from == o.from && fromPort == o.fromPort && to == o.to && toPort == o.toPort;
    }
};

/// One problem found by Pipeline::validate: which node and parameter, and what is wrong.
struct ValidationIssue {
    QString node;  ///< node id, empty for whole-pipeline problems
    QString param; ///< parameter name, empty when not about a parameter
    QString message;
    /// "node 'x', parameter 'y': message" — the form the CLI prints.
    QString toString() const;
};

/// A directed acyclic graph of stage nodes, saved as `*.sluice.json`:
/// `{"format":"sluice-pipeline","version":1,"name","description",
///   "nodes":[{"id","stage","params":{},"position":[x,y],"label","retry":{}}],
///   "edges":[{"from","from_port","to","to_port"}]}`.
/// Plain data: the editor edits it, the runner runs it, both through this one class.
class Pipeline {
public:
    QString name;
    QString description;
    QList<PipelineNode> nodes;
    QList<PipelineEdge> edges;

    static constexpr int kFormatVersion = 1;

    /// Parses JSON text. On a syntax or shape error returns false and fills `error` with the reason
    /// (with the byte offset for syntax errors). Does not check stages or parameters: see validate().
    static bool fromJson(const QByteArray& json, Pipeline& out, QString* error);
    static bool fromJsonObject(const QJsonObject& object, Pipeline& out, QString* error);
    /// Reads what it can of a pipeline object into `out` (nodes and edges that are malformed are left out)
    /// and returns every shape problem, in file order ("'format' must be …", "nodes[2] has no 'id'", …);
    /// empty when the object is well formed. fromJsonObject() fails with these joined by "; ".
    static QStringList readJsonObject(const QJsonObject& object, Pipeline& out);
    QJsonObject toJsonObject() const;
    QByteArray toJson() const; ///< indented, stable key order

    /// Loads a pipeline file, or a pipeline by name: a user pipeline `<userPipelineDir()>/NAME.sluice.json`
    /// first, then a built-in one (e.g. "inbox") from the resources.
    static bool load(const QString& fileOrName, Pipeline& out, QString* error);
    /// Reads a pipeline file (or name, as load() does) and lists every problem in one go: the file's
    /// shape problems (readJsonObject; whole-pipeline issues), then validate()'s on what could be read.
    /// Returns false with `error` only when the file cannot be opened or is not JSON. `out` gets what
    /// could be read. This is what `sluice-cli validate` prints.
    static bool check(const QString& fileOrName, Pipeline& out, QList<ValidationIssue>* issues,
                      QString* error);
    /// Writes atomically (QSaveFile). Returns false with `error` on failure.
    bool save(const QString& path, QString* error) const;
    /// Names of the built-in pipelines compiled into the resources.
    static QStringList builtinNames();
    /// Folder of the user's own pipelines, `<AppDataLocation>/pipelines` (what the editor saves for watch
    /// folders and what `--pipeline NAME` finds); not created here.
    static QString userPipelineDir();
    /// Names of the `*.sluice.json` files in userPipelineDir(), sorted.
    static QStringList userNames();

    /// Every problem: missing or unknown stage (a node with "type" instead of "stage" is told so),
    /// duplicate or malformed node id, edge to an unknown node or port, the same edge (from, port, to,
    /// port) listed twice ("edge a.out → b.in is listed more than once"), incompatible port types, each
    /// cycle (its nodes only, in edge order: "cycle through nodes: a → b → a"), unknown parameter, missing
    /// required parameter, bad value.
    QList<ValidationIssue> validate() const;

    const PipelineNode* node(const QString& id) const;
    QList<PipelineEdge> incoming(const QString& id) const;
    QList<PipelineEdge> outgoing(const QString& id) const;
    /// Node ids in an order where every edge goes forward; empty with `cycle` filled if there is a cycle:
    /// the ids of one cycle in edge order (first id not repeated at the end).
    QStringList topologicalOrder(QStringList* cycle = nullptr) const;
    /// The cycles among `ids` (nodes that a topological sort could not place), each as its ids in edge
    /// order; edges from a node to itself are left out (validate() reports them as such).
    QList<QStringList> cyclesAmong(const QStringList& ids) const;
};

} // namespace sluice
