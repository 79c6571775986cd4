/* stride-accessible.c — names a screen reader can read, where GTK 4.8 gives none
 *
 * GTK 4.8 computes a control's accessible name from its "label" property and the widgets
 * it is labelled by, and falls back to the widget's type name. Three things go wrong:
 *  - an icon-only button is labelled by its GtkImage, so Orca says "GtkImage"
 *    (a GtkMenuButton: "GtkMenuButton"), though its tooltip says what it does;
 *  - a button with a mnemonic label gets the raw label as its name *and* is labelled by
 *    its GtkLabel, so Orca reads "_Yes Yes";
 *  - a check button with a mnemonic label is named with the underscore.
 * Every widget is put right when it (or its parent) is first mapped, libadwaita's dialogs
 * included, and
 * an icon button's name follows its tooltip from then on. The accessibility test
 * (tests/test-accessibility.c) walks every page and fails on any control still misnamed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-accessible.h"

#define FIXED_KEY "stride-accessible-fixed"

/* "_Yes" → "Yes", "Rock __n roll" → "Rock _n roll". */
char *
stride_accessible_strip_mnemonic (const char *label)
{
  GString *text;

  g_return_val_if_fail (label != NULL, NULL);

  text = g_string_sized_new (strlen (label));
  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            g_string_append_c (text, '_');
          if (p[1] != '\0')
            p++;
          else
            break;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

/* A tooltip's trailing key hint, "Play (Space)", is for sighted users; Orca announces
 * the shortcut itself. */
static char *
name_from_tooltip (const char *tooltip)
{
  const char *open = strrchr (tooltip, '(');
  gsize length = strlen (tooltip);

  if (open != NULL && open > tooltip && tooltip[length - 1] == ')' && open[-1] == ' ')
    return g_strndup (tooltip, open - 1 - tooltip);
  return g_strdup (tooltip);
}

static void
name_from_tooltip_cb (GtkWidget *widget)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  g_autofree char *name = NULL;

  if (tooltip == NULL || *tooltip == '\0')
    return;
  name = name_from_tooltip (tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static gboolean
shows_only_an_icon (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL;
  if (GTK_IS_BUTTON (widget))
    return GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget)));
  return FALSE;
}

/* An icon button the code did not name: it is named, and stays named, by its tooltip. */
static void
fix_icon_button (GtkWidget *widget)
{
  if (!shows_only_an_icon (widget) ||
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return;

  /* (A menu button's inner toggle is labelled by the menu button: naming the outer one
   * names both.) */
  name_from_tooltip_cb (widget);
  g_signal_connect (widget, "notify::tooltip-text", G_CALLBACK (name_from_tooltip_cb), NULL);
}

/* A button labelled "_Yes" is named by its GtkLabel ("Yes"); the raw label goes. */
static void
fix_mnemonic_button (GtkWidget *widget)
{
  const char *label;

  if (!GTK_IS_BUTTON (widget) || !gtk_button_get_use_underline (GTK_BUTTON (widget)))
    return;
  label = gtk_button_get_label (GTK_BUTTON (widget));
  if (label == NULL || strchr (label, '_') == NULL)
    return;
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY) &&
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      /* Only the raw label GTK put there goes, never a name the code chose (GTK 4.8 has
       * no getter: the check gives NULL when the value is the one asked about). */
      g_autofree char *other = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, label);

      if (other == NULL)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
}

static void
label_changed_cb (GtkWidget *widget)
{
  fix_mnemonic_button (widget);
}

static void
fix_mnemonic_check_button (GtkWidget *widget)
{
  const char *label;
  g_autofree char *name = NULL;

  if (!GTK_IS_CHECK_BUTTON (widget) || !gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)))
    return;
  label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  if (label == NULL || strchr (label, '_') == NULL)
    return;
  name = stride_accessible_strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
fix_names (GtkWidget *widget)
{
  fix_mnemonic_button (widget);
  fix_mnemonic_check_button (widget);
  if (g_object_get_data (G_OBJECT (widget), FIXED_KEY) == NULL)
    {
      g_object_set_data (G_OBJECT (widget), FIXED_KEY, GINT_TO_POINTER (TRUE));
      fix_icon_button (widget);
      /* "Next" becomes "See _Results" on the last step: GTK names it anew each time. */
      if (GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget))
        g_signal_connect_after (widget, "notify::label", G_CALLBACK (label_changed_cb), NULL);
    }
}

static void
fix_widget (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
    fix_names (widget);
}

/* Widgets that will not be mapped with their parent (a stack's other pages, hidden
 * rows) are put right now as well: a screen reader lists them too. */
static void
fix_subtree (GtkWidget *widget)
{
  fix_widget (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fix_subtree (child);
}

static gboolean
widget_mapped_hook (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  fix_widget (widget);
  /* Children that are shown get their own "map"; the others are done here. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child))
      fix_subtree (child);
  return TRUE;   /* stay installed */
}

/* Once per process, before the first window. */
void
stride_accessible_install_name_fixes (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      gpointer klass = g_type_class_ref (GTK_TYPE_WIDGET);   /* the signal exists once the class does */
      guint signal_id = g_signal_lookup ("map", GTK_TYPE_WIDGET);

      g_type_class_unref (klass);
      g_signal_add_emission_hook (signal_id, 0, widget_mapped_hook, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
