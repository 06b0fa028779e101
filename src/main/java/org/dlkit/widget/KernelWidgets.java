package org.dlkit.widget;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dlkit.notebook.Notebook;

/**
 * Widgets over the comms of the kernel dlkit is attached to, in the message format of ipywidgets
 * 6 and its front end {@code jupyter-js-widgets} ~2.1: a comm per model on target
 * {@code jupyter.widget} whose open message carries the whole state, {@code update} messages from
 * the kernel, {@code backbone} messages with {@code sync_data} from the browser, and the version
 * handshake on {@code jupyter.widget.version}.
 */
final class KernelWidgets implements WidgetHost {
  static final String TARGET = "jupyter.widget";
  static final String VERSION_TARGET = "jupyter.widget.version";
  static final String FRONT_END_VERSION = "~2.1.4";
  static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";
  private static final String MODULE = "jupyter-js-widgets";
  private static final Gson GSON = new Gson();
  private static KernelWidgets instance;

  private final BaseKernel kernel;
  private final Map<String, String> sharedModels = new LinkedHashMap<>();
  private volatile boolean frontEnd;

  private KernelWidgets(BaseKernel kernel) {
    this.kernel = kernel;
    kernel.getCommManager().registerTarget(VERSION_TARGET, (manager, id, target, message) -> {
      // Only a widget front end opens this comm, and it draws widgets whatever it answers. Its
      // answer ("validated") comes on the shell channel behind any cells already queued (a "Run
      // All" right after the kernel connects), so waiting for it would show those cells static.
      frontEnd = true;
      Comm version = new Comm(manager, id, target) {
        @Override
        protected void onMessage(Message<CommMsgCommand> answer) {}

        @Override
        protected void onClose(Message<CommCloseCommand> closing, boolean sending) {}
      };
      JsonObject reply = new JsonObject();
      reply.addProperty("version", FRONT_END_VERSION);
      version.send(reply);
      return version;
    });
  }

  /** Returns the host for the attached kernel, or the text-only host when dlkit is attached to none. */
  static synchronized WidgetHost host() {
    if (!(Notebook.attachedKernel() instanceof BaseKernel attached)) {
      // no kernel, or one with its own copy of the kernel classes (JJava): no widgets there
      return TextHost.INSTANCE;
    }
    if (instance == null || instance.kernel != attached) {
      instance = new KernelWidgets(attached);
    }
    return instance;
  }

  /** Returns true once a widget front end (a browser with jupyter-js-widgets) has shaken hands with this kernel. */
  @Override
  public boolean live() {
    return frontEnd;
  }

  @Override
  public String png(Object figure) {
    return Notebook.png(figure);
  }

  @Override
  public void display(Widget widget) {
    if (!open(widget)) {
      TextHost.INSTANCE.display(widget);
      return;
    }
    JsonObject show = new JsonObject();
    show.addProperty("method", "display");
    kernel.getCommManager().messageComm(widget.id(), show);
    // Where a widget front end draws the view, a text form would show beside it; elsewhere it is all there is.
    DisplayData data = frontEnd ? new DisplayData() : new DisplayData(widget.describe());
    JsonObject view = new JsonObject();
    view.addProperty("model_id", widget.id());
    data.putData(VIEW_MIME, view);
    kernel.display(data);
  }

  @Override
  public void update(Widget widget, Map<String, Object> changes) {
    JsonObject message = new JsonObject();
    message.addProperty("method", "update");
    message.add("state", GSON.toJsonTree(changes));
    message.add("buffers", new com.google.gson.JsonArray());
    kernel.getCommManager().messageComm(widget.id(), message);
  }

  /** Opens the models of {@code widget}'s children, then its own; returns false when the kernel has no front-end channel. */
  private synchronized boolean open(Widget widget) {
    if (widget.id() != null) {
      return true;
    }
    for (Widget child : widget.children()) {
      if (!open(child)) {
        return false;
      }
    }
    Map<String, Object> state = widget.state();
    String layout = shared("LayoutModel", "LayoutView");
    if (layout == null) {
      return false;
    }
    state.put("layout", "IPY_MODEL_" + layout);
    if (widget instanceof Styled styled) {
      state.put("style", "IPY_MODEL_" + shared(styled.styleModel(), "StyleView"));
    }
    String id = openModel(state, widget);
    if (id == null) {
      return false;
    }
    widget.opened(id);
    return true;
  }

  /** Returns the comm id of the one model of {@code modelName} that every widget shares (a layout, a style). */
  private String shared(String modelName, String viewName) {
    String id = sharedModels.get(modelName);
    if (id == null) {
      Map<String, Object> state = new LinkedHashMap<>();
      state.put("_model_name", modelName);
      state.put("_view_name", viewName);
      id = openModel(state, null);
      if (id != null) {
        sharedModels.put(modelName, id);
      }
    }
    return id;
  }

  private String openModel(Map<String, Object> state, Widget widget) {
    state.put("_model_module", MODULE);
    state.put("_model_module_version", FRONT_END_VERSION);
    state.put("_view_module", MODULE);
    state.put("_view_module_version", FRONT_END_VERSION);
    state.put("msg_throttle", 1);
    CommManager manager = kernel.getCommManager();
    Comm comm = manager.openComm(TARGET, (commManager, id, target, message) -> {
      JsonObject data = message.getContent().getData();
      JsonObject json = GSON.toJsonTree(state).getAsJsonObject();
      // jupyter-js-widgets 2.1 reads the state from the open message's data itself; nbclient and
      // later front ends read it from data.state: give both, so headless runs keep working.
      json.entrySet().forEach(e -> data.add(e.getKey(), e.getValue()));
      data.add("state", json.deepCopy());
      return new WidgetComm(commManager, id, target, widget);
    });
    return comm == null ? null : comm.getID();
  }
}
