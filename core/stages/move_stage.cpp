#include "move_stage.h"

#include "file_transfer.h"

namespace sluice {

QString MoveStage::displayName() const {
    return tr("Move");
}
QString MoveStage::group() const {
    return tr("Output");
}
QString MoveStage::description() const {
    return tr("Moves the file into a folder under a name made from a template: copies it, verifies the copy "
              "by size and SHA-256, and only then deletes the source. Works across drives.");
}
QList<ParamSpec> MoveStage::parameters() const {
    return transferstage::parameters();
}
QStringList MoveStage::checkParameters(const QJsonObject& params) const {
    return transferstage::check(params);
}
StageResult MoveStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    return transferstage::run(item, params, feedback, true);
}

} // namespace sluice
