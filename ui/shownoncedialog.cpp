// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shownoncedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

ShownOnceDialog::ShownOnceDialog(
    const QString &title, const QString &note, const QList<Value> &values, QWidget *parent)
    : QDialog(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    auto *noteLabel = new QLabel(note, this);
    noteLabel->setObjectName(QStringLiteral("shownOnceNote"));
    noteLabel->setWordWrap(true);
    auto *grid = new QGridLayout;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < values.size(); ++row) {
        const Value &v = values.at(row);
        auto *edit = new QLineEdit(v.value, this);
        edit->setObjectName(v.editName);
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setAccessibleName(v.label.isEmpty() ? title : v.label);
        edit->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(v.value)
            + edit->fontMetrics().averageCharWidth() * 3);
        // One mnemonic per row: &Copy, then C&opy…; the label names what is copied.
        auto *copy = new QPushButton(row == 0 ? tr("Co&py") : tr("Cop&y"), this);
        copy->setObjectName(v.copyName);
        copy->setAccessibleName(
            v.label.isEmpty() ? tr("Copy") : tr("Copy %1").arg(QString(v.label).remove(u'&')));
        connect(copy, &QPushButton::clicked, this, [value = v.value, copy] {
            QApplication::clipboard()->setText(value);
            copy->setText(tr("Copied"));
        });
        if (!v.label.isEmpty()) {
            auto *label = new QLabel(v.label, this);
            label->setBuddy(edit);
            grid->addWidget(label, row, 0);
        }
        grid->addWidget(edit, row, 1);
        grid->addWidget(copy, row, 2);
    }
    grid->setColumnStretch(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

} // namespace Eventdesk::Gui
