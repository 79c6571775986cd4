/* stride-dose-row.c — one exercise of a routine being edited: its dose, its place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-dose-row.h"
#include "stride-session-plan.h"

struct _StrideDoseRow
{
  AdwExpanderRow   parent_instance;

  /* Template widgets */
  GtkWidget       *up_button;
  GtkWidget       *down_button;
  GtkSpinButton   *sets_spin;
  GtkSpinButton   *reps_spin;
  GtkSpinButton   *hold_spin;
  GtkSpinButton   *rest_spin;
  AdwComboRow     *sides_row;

  /* Owned references */
  StrideDoseEntry *entry;
};

G_DEFINE_FINAL_TYPE (StrideDoseRow, stride_dose_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_dose (StrideDoseRow *self)
{
  StrideDose dose;
  g_autofree char *text = NULL;

  stride_dose_entry_get_dose (self->entry, &dose);
  text = stride_dose_text (&dose);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), text);
}

static gboolean
is_not_first (GBinding     *binding,
              const GValue *position,
              GValue       *sensitive,
              gpointer      user_data)
{
  g_value_set_boolean (sensitive, g_value_get_uint (position) > 0);
  return TRUE;
}

static void
up_clicked_cb (StrideDoseRow *self)
{
  guint position = stride_dose_entry_get_position (self->entry);

  if (position > 0)
    g_signal_emit (self, signals[MOVE], 0, position, position - 1);
}

static void
down_clicked_cb (StrideDoseRow *self)
{
  guint position = stride_dose_entry_get_position (self->entry);

  if (!stride_dose_entry_get_last (self->entry))
    g_signal_emit (self, signals[MOVE], 0, position, position + 1);
}

static void
remove_clicked_cb (StrideDoseRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* Drag a row onto another to move it there. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 StrideDoseRow *self)
{
  return gdk_content_provider_new_typed (G_TYPE_UINT, stride_dose_entry_get_position (self->entry));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         StrideDoseRow *self)
{
  guint from = g_value_get_uint (value);
  guint to = stride_dose_entry_get_position (self->entry);

  if (from == to)
    return FALSE;

  g_signal_emit (self, signals[MOVE], 0, from, to);
  return TRUE;
}

/* Controllers with a value type cannot be made in a template. */
static void
add_drag_and_drop (StrideDoseRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* The row follows its entry: the name, the place (whether it can move up or down), and
 * the dose, both ways, so the fields show it and change it. (Bound here, not in the
 * template: GTK 4.8's template bindings through the row itself fail as it is freed.) */
static void
bind_fields (StrideDoseRow *self)
{
  const struct { const char *property; gpointer widget; const char *widget_property; } fields[] = {
    { "sets", self->sets_spin, "value" },
    { "reps", self->reps_spin, "value" },
    { "hold-s", self->hold_spin, "value" },
    { "rest-s", self->rest_spin, "value" },
    { "sides", self->sides_row, "selected" },
  };

  g_object_bind_property (self->entry, "name", self, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (self->entry, "position", self->up_button, "sensitive", G_BINDING_SYNC_CREATE,
                               is_not_first, NULL, NULL, NULL);
  g_object_bind_property (self->entry, "last", self->down_button, "sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_object_bind_property (self->entry, fields[i].property, fields[i].widget, fields[i].widget_property,
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->entry, "dose-changed", G_CALLBACK (show_dose), self, G_CONNECT_SWAPPED);
  show_dose (self);
}

static void
stride_dose_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StrideDoseRow *self = STRIDE_DOSE_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_dose_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  StrideDoseRow *self = STRIDE_DOSE_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      self->entry = g_value_dup_object (value);
      bind_fields (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_dose_row_dispose (GObject *object)
{
  StrideDoseRow *self = STRIDE_DOSE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), STRIDE_TYPE_DOSE_ROW);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (stride_dose_row_parent_class)->dispose (object);
}

static void
stride_dose_row_class_init (StrideDoseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = stride_dose_row_get_property;
  object_class->set_property = stride_dose_row_set_property;
  object_class->dispose = stride_dose_row_dispose;

  properties[PROP_ENTRY] = g_param_spec_object ("entry", NULL, NULL, STRIDE_TYPE_DOSE_ENTRY,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-dose-row.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, sets_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, hold_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, rest_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, sides_row);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, down_button);
  gtk_widget_class_bind_template_callback (widget_class, up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, down_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
stride_dose_row_init (StrideDoseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_drag_and_drop (self);
}

GtkWidget *
stride_dose_row_new (StrideDoseEntry *entry)
{
  g_return_val_if_fail (STRIDE_IS_DOSE_ENTRY (entry), NULL);

  return g_object_new (STRIDE_TYPE_DOSE_ROW, "entry", entry, NULL);
}

StrideDoseEntry *
stride_dose_row_get_entry (StrideDoseRow *self)
{
  g_return_val_if_fail (STRIDE_IS_DOSE_ROW (self), NULL);

  return self->entry;
}
