#include "param_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>

namespace sluice {

namespace {

constexpr double kUnbounded = 1e15;

QJsonValue orDefault(const QJsonValue& v, const ParamSpec& spec) {
    return v.isUndefined() ? spec.defaultValue : v;
}

void markInvalid(QWidget* w, bool invalid) {
    w->setProperty("invalid", invalid);
    // ".Class" matches the widget itself only, not the cells, headers or line edits inside it.
    w->setStyleSheet(invalid ? QStringLiteral(".%1 { border: 1.5px solid #d03b3b; border-radius: 3px; }")
                                   .arg(QString::fromLatin1(w->metaObject()->className()))
                             : QString());
}

class BoolEditor : public ParamEditor {
public:
    BoolEditor(const ParamSpec& spec, QWidget* parent)
        : ParamEditor(spec, parent), m_box(new QCheckBox(this)) {
        auto* l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_box);
        connect(m_box, &QCheckBox::toggled, this, [this] { notifyEdited(); });
    }
    QJsonValue value() const override { return m_box->isChecked(); }
    void setValue(const QJsonValue& v) override {
        m_loading = true;
        m_box->setChecked(orDefault(v, spec()).toBool());
        m_loading = false;
    }
    QWidget* focusWidget_() const override { return m_box; }

private:
    QCheckBox* m_box;
};

class NumberEditor : public ParamEditor {
    // Its strings belong to ParamEditor's context: lupdate records them there, and tr() finds them
    // there at run time (without this, lupdate files them under a context no tr() call looks in).
    Q_DECLARE_TR_FUNCTIONS(sluice::ParamEditor)

public:
    NumberEditor(const ParamSpec& spec, QWidget* parent)
        : ParamEditor(spec, parent), m_spin(new QDoubleSpinBox(this)) {
        const bool isInt = spec.type == ParamType::Int;
        m_spin->setDecimals(isInt ? 0 : 3);
        m_spin->setRange(spec.minimum.isDouble() ? spec.minimum.toDouble() : -kUnbounded,
                         spec.maximum.isDouble() ? spec.maximum.toDouble() : kUnbounded);
        if (!spec.unit.isEmpty())
            m_spin->setSuffix(QLatin1Char(' ') + spec.unit);
        m_spin->setKeyboardTracking(false);
        m_spin->setAccelerated(true);
        m_spin->setSingleStep(isInt ? 1 : 0.1);
        QString range;
        if (spec.minimum.isDouble() || spec.maximum.isDouble())
            range = tr("Range: %1 – %2 %3")
                        .arg(spec.minimum.isDouble() ? QString::number(spec.minimum.toDouble())
                                                     : QStringLiteral("−∞"),
                             spec.maximum.isDouble() ? QString::number(spec.maximum.toDouble())
                                                     : QStringLiteral("∞"),
                             spec.unit)
                        .trimmed();
        m_spin->setToolTip(range);
        auto* l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_spin);
        connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] { notifyEdited(); });
    }
    QJsonValue value() const override {
        if (spec().type == ParamType::Int)
            return qint64(std::llround(m_spin->value()));
        return m_spin->value();
    }
    void setValue(const QJsonValue& v) override {
        m_loading = true;
        m_spin->setValue(orDefault(v, spec()).toDouble());
        m_loading = false;
    }
    QWidget* focusWidget_() const override { return m_spin; }

private:
    QDoubleSpinBox* m_spin;
};

class EnumEditor : public ParamEditor {
public:
    EnumEditor(const ParamSpec& spec, QWidget* parent)
        : ParamEditor(spec, parent), m_combo(new QComboBox(this)) {
        m_combo->addItems(spec.choices);
        auto* l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { notifyEdited(); });
    }
    QJsonValue value() const override { return m_combo->currentText(); }
    void setValue(const QJsonValue& v) override {
        m_loading = true;
        const QString text = orDefault(v, spec()).toString();
        if (m_combo->findText(text) < 0)
            m_combo->addItem(text); // a value the stage does not know: shown, and marked by validation
        m_combo->setCurrentText(text);
        m_loading = false;
    }
    QWidget* focusWidget_() const override { return m_combo; }

private:
    QComboBox* m_combo;
};

/// String, glob, path and password: one line, a Browse button for paths.
class LineEditor : public ParamEditor {
    // Its strings belong to ParamEditor's context: lupdate records them there, and tr() finds them
    // there at run time (without this, lupdate files them under a context no tr() call looks in).
    Q_DECLARE_TR_FUNCTIONS(sluice::ParamEditor)

public:
    LineEditor(const ParamSpec& spec, QWidget* parent)
        : ParamEditor(spec, parent), m_line(new QLineEdit(this)) {
        auto* l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(4);
        l->addWidget(m_line);
        if (spec.type == ParamType::Password) {
            m_line->setEchoMode(QLineEdit::Password);
            m_line->setPlaceholderText(tr("hidden"));
        } else if (spec.type == ParamType::Glob) {
            m_line->setPlaceholderText(tr("e.g. *.pdf"));
        } else if (spec.type == ParamType::Path) {
            auto* browse = new QToolButton(this);
            browse->setText(tr("Browse…"));
            browse->setObjectName(QStringLiteral("browse"));
            l->addWidget(browse);
            connect(browse, &QToolButton::clicked, this, [this] {
                const QString name = this->spec().name;
                const bool folder = name.contains(QLatin1String("dir")) ||
                                    name.contains(QLatin1String("folder")) ||
                                    name.contains(QLatin1String("destination"));
                const QString chosen =
                    folder ? QFileDialog::getExistingDirectory(this, tr("Choose a folder for %1").arg(name),
                                                               m_line->text())
                           : QFileDialog::getSaveFileName(this, tr("Choose a file for %1").arg(name),
                                                          m_line->text(), {}, nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
                if (!chosen.isEmpty()) {
                    m_line->setText(chosen);
                    notifyEdited();
                }
            });
        }
        connect(m_line, &QLineEdit::textEdited, this, [this] { notifyEdited(); });
    }
    QJsonValue value() const override { return m_line->text(); }
    void setValue(const QJsonValue& v) override {
        m_loading = true;
        const QString text = orDefault(v, spec()).toString();
        if (m_line->text() != text)
            m_line->setText(text);
        m_loading = false;
    }
    QWidget* focusWidget_() const override { return m_line; }

private:
    QLineEdit* m_line;
};

/// StringList (one entry per line) and Json (checked as it is typed).
class TextEditor : public ParamEditor {
    // Its strings belong to ParamEditor's context: lupdate records them there, and tr() finds them
    // there at run time (without this, lupdate files them under a context no tr() call looks in).
    Q_DECLARE_TR_FUNCTIONS(sluice::ParamEditor)

public:
    TextEditor(const ParamSpec& spec, QWidget* parent)
        : ParamEditor(spec, parent), m_text(new QPlainTextEdit(this)) {
        m_text->setTabChangesFocus(true);
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        if (spec.type == ParamType::Json)
            m_text->setFont(mono);
        m_text->setMinimumHeight(spec.type == ParamType::Json ? 90 : 60);
        m_text->setMaximumHeight(spec.type == ParamType::Json ? 200 : 110);
        m_text->setPlaceholderText(spec.type == ParamType::StringList ? tr("one entry per line")
                                                                      : tr("JSON"));
        auto* l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] { notifyEdited(); });
    }
    QJsonValue value() const override {
        const QString text = m_text->toPlainText();
        if (spec().type == ParamType::StringList) {
            QJsonArray list;
            for (const QString& line : text.split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty())
                    list.append(line.trimmed());
            return list;
        }
        if (text.trimmed().isEmpty()) {
            m_parseError.clear();
            return QJsonValue(QJsonValue::Undefined);
        }
        // QJsonDocument parses objects and arrays only; wrap to accept any JSON value.
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
        if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
            m_parseError =
                error.error != QJsonParseError::NoError ? error.errorString() : tr("one JSON value expected");
            return QJsonValue(QJsonValue::Undefined);
        }
        m_parseError.clear();
        return doc.array().first();
    }
    void setValue(const QJsonValue& v) override {
        m_loading = true;
        const QJsonValue shown = orDefault(v, spec());
        QString text;
        if (spec().type == ParamType::StringList) {
            QStringList lines;
            for (const QJsonValue& e : shown.toArray())
                lines.append(e.toString());
            text = lines.join(QLatin1Char('\n'));
        } else if (shown.isObject() || shown.isArray()) {
            text = QString::fromUtf8(shown.isObject()
                                         ? QJsonDocument(shown.toObject()).toJson(QJsonDocument::Indented)
                                         : QJsonDocument(shown.toArray()).toJson(QJsonDocument::Indented))
                       .trimmed();
        } else if (!shown.isUndefined()) {
            text = QString::fromUtf8(QJsonDocument(QJsonArray{shown}).toJson(QJsonDocument::Compact))
                       .mid(1)
                       .chopped(1);
        }
        // Only replace the text when it means something else, so the cursor stays while typing.
        if (value() != shown || m_text->toPlainText().isEmpty())
            m_text->setPlainText(text);
        m_loading = false;
    }
    QWidget* focusWidget_() const override { return m_text; }
    QString syntaxProblem() const override {
        value();
        return m_parseError.isEmpty() ? QString() : tr("not valid JSON: %1").arg(m_parseError);
    }

private:
    QPlainTextEdit* m_text;
    mutable QString m_parseError;
};

} // namespace

void ParamEditor::setProblem(const QString& problem) {
    m_problem = problem;
    markInvalid(focusWidget_(), !problem.isEmpty());
    focusWidget_()->setToolTip(problem.isEmpty() ? m_spec.help : problem);
}

void ParamEditor::notifyEdited() {
    if (!m_loading)
        Q_EMIT edited();
}

ParamEditor* createParamEditor(const ParamSpec& spec, QWidget* parent) {
    ParamEditor* editor = nullptr;
    switch (spec.type) {
    case ParamType::Bool:
        editor = new BoolEditor(spec, parent);
        break;
    case ParamType::Int:
    case ParamType::Double:
        editor = new NumberEditor(spec, parent);
        break;
    case ParamType::Enum:
        editor = new EnumEditor(spec, parent);
        break;
    case ParamType::String:
    case ParamType::Glob:
    case ParamType::Path:
    case ParamType::Password:
        editor = new LineEditor(spec, parent);
        break;
    case ParamType::StringList:
    case ParamType::Json:
        editor = new TextEditor(spec, parent);
        break;
    }
    editor->setObjectName(QStringLiteral("param_") + spec.name);
    editor->focusWidget_()->setToolTip(spec.help);
    return editor;
}

} // namespace sluice
