#pragma once

// Light and dark palettes, and the theme choice stored in the settings.

#include <QString>

namespace strata::qt {

enum class Theme { System, Light, Dark };

Theme themeFromName(const QString& name);
QString themeName(Theme theme);
// Applies the palette (Fusion style, so both palettes look the same on every platform).
void applyTheme(Theme theme);

} // namespace strata::qt
