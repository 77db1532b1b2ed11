// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Fazhi {

/**
 * Reads a saved government web page (.html/.htm) with libxml2's HTML parser and keeps only the
 * article: scripts, menus, breadcrumbs, share and print links and "related news" lists are
 * dropped; the "索引号 / 公开方式 / 发布单位 / 文号 / 公开日期" index table and meta tags become
 * ImportedText::fields. The article block is found by text density, helped by the container
 * names common government CMSs use (TRS_Editor, zoom, content, …). Nothing is ever fetched from
 * the network. Thread-safe.
 */
class HtmlImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::HtmlImporter)

public:
    /** Reads a page's bytes; the charset comes from its meta tags, else it is detected. */
    static Result<ImportedText> importBytes(QByteArrayView bytes);

    /**
     * The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">, as
     * written ("gb2312", "big5", …); empty when it declares none.
     */
    static QString declaredCharset(QByteArrayView bytes);
};

} // namespace Fazhi
