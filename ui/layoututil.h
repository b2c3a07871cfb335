// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QTableView>

namespace Eventdesk::Gui {

// Every column at least as wide as its title, in any language (German titles run long), and
// Tab leaving the table instead of walking its cells. Call after setModel().
inline void prepareTable(QTableView *table)
{
    table->setTabKeyNavigation(false);
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Interactive)
            header->resizeSection(
                column, qMax(header->sectionSize(column), header->sectionSizeHint(column)));
    }
}

// A line edit at least as wide as its placeholder (plus room for the cursor and the frame).
inline void fitPlaceholder(QLineEdit *edit)
{
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText())
        + edit->fontMetrics().averageCharWidth() * 3);
}

// After an inline message appears in a window: grow it so that word-wrapped text gets the height
// it needs at the window's width (a top-level layout does not ask for that by itself).
inline void growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

} // namespace Eventdesk::Gui
