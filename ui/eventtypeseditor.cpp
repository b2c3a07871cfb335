// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtypeseditor.h"
#include "collector.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

namespace {
constexpr int CategoryRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
constexpr int RulesRole = Qt::UserRole + 2;
constexpr int BuiltInRole = Qt::UserRole + 3;
} // namespace

EventTypesEditor::EventTypesEditor(Core::Collector &collector, QWidget *parent)
    : QWidget(parent)
    , m_collector(collector)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("eventTypesList"));
    m_list->setAccessibleName(tr("Event types"));
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("eventTypeCategory"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("eventTypeName"));
    m_rules = new QPlainTextEdit(this);
    m_rules->setObjectName(QStringLiteral("eventTypeRules"));
    m_rules->setPlaceholderText(
        tr("{\"fields\": {\"host\": {\"type\": \"string\", \"required\": true}}}"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("eventTypeMessage"));
    m_message->setWordWrap(true);
    auto *newType = new QPushButton(tr("&New type"), this);
    newType->setObjectName(QStringLiteral("eventTypeNew"));
    auto *saveButton = new QPushButton(tr("&Save rules"), this);
    saveButton->setObjectName(QStringLiteral("eventTypeSave"));
    m_delete = new QPushButton(tr("&Delete type"), this);
    m_delete->setObjectName(QStringLiteral("eventTypeDelete"));
    m_strict = new QCheckBox(tr("Strict: reject events of types without rules"), this);
    m_strict->setObjectName(QStringLiteral("strictTypesCheck"));
    m_skew = new QSpinBox(this);
    m_skew->setObjectName(QStringLiteral("maxSkewSpin"));
    m_skew->setRange(0, 86400);
    m_skew->setSuffix(tr(" s"));

    auto *form = new QFormLayout;
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Rules (JSON):"), m_rules);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newType);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(saveButton);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_message);
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *settings = new QFormLayout;
    settings->addRow(m_strict);
    settings->addRow(tr("Allowed clock skew for future timestamps:"), m_skew);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(settings);

    connect(m_list, &QListWidget::currentRowChanged, this, &EventTypesEditor::select);
    connect(newType, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        m_category->clear();
        m_name->clear();
        m_rules->setPlainText(QStringLiteral("{\n  \"fields\": {\n  }\n}\n"));
        m_message->clear();
        m_category->setFocus();
    });
    connect(saveButton, &QPushButton::clicked, this, &EventTypesEditor::save);
    connect(m_delete, &QPushButton::clicked, this, &EventTypesEditor::remove);
    connect(m_strict, &QCheckBox::toggled, this, &EventTypesEditor::saveSettings);
    connect(m_skew, &QSpinBox::editingFinished, this, &EventTypesEditor::saveSettings);
    reload();
}

void EventTypesEditor::reload()
{
    const QString current = m_category->text() + QChar(0x1f) + m_name->text();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto types = m_collector.eventTypes();
    if (types) {
        for (const Core::EventType &type : std::as_const(*types)) {
            auto *item = new QListWidgetItem(type.builtIn
                    ? tr("%1 / %2 (built in)").arg(type.category, type.name)
                    : QStringLiteral("%1 / %2").arg(type.category, type.name),
                m_list);
            item->setData(CategoryRole, type.category);
            item->setData(NameRole, type.name);
            item->setData(RulesRole,
                QString::fromUtf8(QJsonDocument(type.rules).toJson(QJsonDocument::Indented)));
            item->setData(BuiltInRole, type.builtIn);
            if (type.category + QChar(0x1f) + type.name == current)
                m_list->setCurrentItem(item);
        }
    }
    const QSignalBlocker strictBlocker(m_strict);
    const QSignalBlocker skewBlocker(m_skew);
    const Core::CollectorSettings settings = m_collector.settings();
    m_strict->setChecked(settings.strictTypes);
    m_skew->setValue(int(settings.maxSkewMs / 1000));
}

void EventTypesEditor::select(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    m_category->setText(item->data(CategoryRole).toString());
    m_name->setText(item->data(NameRole).toString());
    m_rules->setPlainText(item->data(RulesRole).toString());
    m_delete->setEnabled(!item->data(BuiltInRole).toBool());
    m_message->clear();
}

void EventTypesEditor::save()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_rules->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_message->setText(tr("The rules are not a JSON object: %1").arg(error.errorString()));
        return;
    }
    auto saved = m_collector.putEventType(m_category->text(), m_name->text(), document.object());
    if (!saved) {
        QStringList lines {saved.error().message};
        for (const Core::FieldError &field : saved.error().fields)
            lines.append(field.field + QStringLiteral(": ") + field.message);
        m_message->setText(lines.join(u'\n'));
        return;
    }
    m_message->setText(tr("Saved."));
    reload();
}

void EventTypesEditor::remove()
{
    auto removed = m_collector.deleteEventType(m_category->text(), m_name->text());
    m_message->setText(removed ? tr("Deleted.") : removed.error().message);
    reload();
}

void EventTypesEditor::saveSettings()
{
    Core::CollectorSettings settings = m_collector.settings();
    settings.strictTypes = m_strict->isChecked();
    settings.maxSkewMs = qint64(m_skew->value()) * 1000;
    if (auto saved = m_collector.setSettings(settings); !saved)
        m_message->setText(saved.error().message);
}

} // namespace Eventdesk::Gui
