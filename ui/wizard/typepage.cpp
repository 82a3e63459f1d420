#include "typepage.h"

#include "definitions/definitionregistry.h"
#include "i18n/language.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ccbulk::ui {

TypePage::TypePage(OperationParameters &parameters)
    : m_parameters(parameters), m_types(new QListWidget(this)), m_description(new QLabel(this))
{
    m_types->setObjectName(QStringLiteral("typeList"));
    m_description->setObjectName(QStringLiteral("typeDescription"));
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_types);
    layout->addWidget(m_description);
    connect(m_types, &QListWidget::currentRowChanged, this, [this] {
        showDescription();
        Q_EMIT completeChanged();
    });
    // Double-click or Enter on a type goes on to the next page.
    connect(m_types, &QListWidget::itemActivated, this, [this] { wizard()->next(); });
    fill();
    retranslate();
}

void TypePage::fill()
{
    const QString selected = m_parameters.typeId;
    const QString language = uiLanguage();
    m_types->clear();
    QList<const TypeDefinition *> types;
    for (const TypeDefinition &type : DefinitionRegistry::instance().types()) {
        types << &type;
    }
    std::sort(types.begin(), types.end(), [&](const TypeDefinition *a, const TypeDefinition *b) {
        return QString::localeAwareCompare(a->name(language), b->name(language)) < 0;
    });
    for (const TypeDefinition *type : std::as_const(types)) {
        auto *item = new QListWidgetItem(type->name(language), m_types);
        item->setData(Qt::UserRole, type->id());
        item->setToolTip(type->description(language));
        if (type->id() == selected) {
            m_types->setCurrentItem(item);
        }
    }
    showDescription();
}

void TypePage::showDescription()
{
    const QListWidgetItem *item = m_types->currentItem();
    m_description->setText(item ? item->toolTip() : QString());
}

void TypePage::retranslate()
{
    setTitle(tr("Object type"));
    setSubTitle(tr("Choose the kind of configuration object to import or export."));
    m_types->setAccessibleName(tr("Object types"));
}

void TypePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWizardPage::changeEvent(event);
}

void TypePage::initializePage()
{
    m_types->setFocus();
    if (!m_types->currentItem() && m_types->count() > 0) {
        m_types->setCurrentRow(0);
    }
}

bool TypePage::isComplete() const
{
    return m_types->currentItem() != nullptr;
}

bool TypePage::validatePage()
{
    const QListWidgetItem *item = m_types->currentItem();
    if (!item) {
        return false;
    }
    m_parameters.typeId = item->data(Qt::UserRole).toString();
    return true;
}

} // namespace ccbulk::ui
