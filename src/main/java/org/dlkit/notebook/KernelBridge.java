package org.dlkit.notebook;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reaches a Jupyter kernel's display API by reflection, so that one piece of code serves every
 * kernel built on jupyter-jvm-basekernel: IJava 1.3.0 and dlkit's kernel (package
 * {@code io.github.spencerpark.jupyter.kernel}) and JJava, which ships a relocated copy of the same
 * classes ({@code org.dflib.jjava.jupyter.kernel}). It registers {@link Rendering}s with the kernel's
 * {@code Renderer}, shows a {@link MimeBundle} with {@code display(DisplayData)}, and replaces one
 * with the display stream's {@code updateDisplay(id, data)}.
 *
 * <p>The kernel's classes are found from the kernel object itself (its superclass named
 * {@code BaseKernel}), so dlkit neither compiles against JJava nor ships it.
 */
final class KernelBridge implements DisplaySink {
  private final Object kernel;
  private final Api api;

  private KernelBridge(Object kernel, Api api) {
    this.kernel = kernel;
    this.api = api;
  }

  /**
   * Returns a bridge to {@code kernel}.
   *
   * @throws IllegalArgumentException if {@code kernel} does not extend a class named BaseKernel
   *     in a package ending in {@code .jupyter.kernel}, naming its class
   */
  static KernelBridge of(Object kernel) {
    if (kernel == null) {
      throw new IllegalArgumentException("Notebook.attach: the kernel is null");
    }
    for (Class<?> type = kernel.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getSimpleName().equals("BaseKernel") && type.getPackageName().endsWith(".jupyter.kernel")) {
        return new KernelBridge(kernel, new Api(type));
      }
    }
    throw new IllegalArgumentException("Notebook.attach: " + kernel.getClass().getName() + " is not a Jupyter kernel "
        + "built on jupyter-jvm-basekernel (IJava, JJava or dlkit's); no superclass named *.jupyter.kernel.BaseKernel");
  }

  /** Returns the name of the kernel classes' package, e.g. {@code org.dflib.jjava.jupyter.kernel}. */
  String kernelPackage() {
    return api.base;
  }

  /** Registers every rendering with the kernel's renderer. */
  void registerAll(List<Rendering<?>> renderings) {
    Object renderer = api.call(api.baseKernel, "getRenderer", kernel);
    renderings.forEach(rendering -> register(renderer, rendering));
  }

  /**
   * Registers {@code rendering} with {@code renderer}, an instance of any copy of
   * jupyter-jvm-basekernel's {@code display.Renderer}.
   */
  static void register(Object renderer, Rendering<?> rendering) {
    Api api = Api.forRenderer(renderer.getClass());
    Object registration = api.invoke(api.method(api.renderer, "createRegistration", Class.class), renderer, rendering.type());
    Class<?> registrationType = registration.getClass();
    Method preferring = api.method(registrationType, "preferring", api.mimeArray);
    Method supporting = api.method(registrationType, "supporting", api.mimeArray);
    api.invoke(preferring, registration, (Object) api.mimeTypes(rendering.preferred()));
    if (!rendering.supported().isEmpty()) {
      api.invoke(supporting, registration, (Object) api.mimeTypes(rendering.supported()));
    }
    Object function = Proxy.newProxyInstance(api.renderFunction.getClassLoader(), new Class<?>[] {api.renderFunction},
        new RenderHandler(api, rendering));
    api.invoke(api.method(registrationType, "register", api.renderFunction), registration, function);
  }

  @Override
  public void display(MimeBundle bundle) {
    api.invoke(api.method(api.baseKernel, "display", api.displayData), kernel, api.displayData(bundle));
  }

  @Override
  public void update(String id, MimeBundle bundle) {
    Object io = api.call(api.baseKernel, "getIO", kernel);
    Object stream;
    try {
      stream = io.getClass().getField("display").get(io);
    } catch (ReflectiveOperationException e) {
      throw api.incompatible("JupyterIO.display", e);
    }
    Class<?> displayStream = api.load("DisplayStream");
    api.invoke(api.method(displayStream, "updateDisplay", String.class, api.displayData), stream, id,
        api.displayData(bundle));
  }

  /** The kernel's render function: asks the context for each form the rendering offers. */
  private static final class RenderHandler implements InvocationHandler {
    private final Api api;
    private final Rendering<?> rendering;

    RenderHandler(Api api, Rendering<?> rendering) {
      this.api = api;
      this.rendering = rendering;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      switch (method.getName()) {
        case "render" -> {
          Object context = args[1];
          Method renderIfRequested = api.method(api.renderContext, "renderIfRequested", api.mime, Supplier.class);
          for (Map.Entry<String, Supplier<String>> form : rendering.formsOf(args[0]).entrySet()) {
            Supplier<Object> content = () -> form.getValue().get();
            api.invoke(renderIfRequested, context, api.mimeType(form.getKey()), content);
          }
          return null;
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        case "equals" -> {
          return proxy == args[0];
        }
        case "toString" -> {
          return "dlkit renderer of " + rendering.type().getSimpleName();
        }
        default -> throw new UnsupportedOperationException(method.toString());
      }
    }
  }

  /** The classes of one copy of jupyter-jvm-basekernel, found by name from its package. */
  private static final class Api {
    final String base;
    final ClassLoader loader;
    final Class<?> baseKernel;
    final Class<?> renderer;
    final Class<?> renderContext;
    final Class<?> renderFunction;
    final Class<?> displayData;
    final Class<?> mime;
    final Class<?> mimeArray;

    Api(Class<?> baseKernel) {
      this(baseKernel.getPackageName(), baseKernel.getClassLoader(), baseKernel);
    }

    private Api(String base, ClassLoader loader, Class<?> baseKernel) {
      this.base = base;
      this.loader = loader;
      this.baseKernel = baseKernel;
      this.renderer = load("display.Renderer");
      this.renderContext = load("display.RenderContext");
      this.renderFunction = load("display.RenderFunction");
      this.displayData = load("display.DisplayData");
      this.mime = load("display.mime.MIMEType");
      this.mimeArray = Array.newInstance(mime, 0).getClass();
    }

    /** Returns the API of the kernel classes that {@code rendererType} (a display.Renderer) belongs to. */
    static Api forRenderer(Class<?> rendererType) {
      Class<?> type = rendererType;
      while (type != null && !type.getName().endsWith(".jupyter.kernel.display.Renderer")) {
        type = type.getSuperclass();
      }
      if (type == null) {
        throw new IllegalArgumentException(rendererType.getName() + " is not a jupyter-jvm-basekernel display.Renderer");
      }
      String display = type.getPackageName();
      String base = display.substring(0, display.length() - ".display".length());
      return new Api(base, type.getClassLoader(), null);
    }

    Class<?> load(String relativeName) {
      try {
        return Class.forName(base + "." + relativeName, true, loader);
      } catch (ClassNotFoundException e) {
        throw incompatible(base + "." + relativeName, e);
      }
    }

    Method method(Class<?> type, String name, Class<?>... parameters) {
      try {
        return type.getMethod(name, parameters);
      } catch (NoSuchMethodException e) {
        throw incompatible(type.getName() + "." + name, e);
      }
    }

    Object call(Class<?> type, String name, Object target) {
      return invoke(method(type, name), target);
    }

    Object invoke(Method method, Object target, Object... args) {
      try {
        return method.invoke(target, args);
      } catch (IllegalAccessException e) {
        throw incompatible(method.toString(), e);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(method.getName() + " failed: " + cause, cause);
      }
    }

    Object mimeType(String name) {
      return invoke(method(mime, "parse", String.class), null, name);
    }

    Object mimeTypes(List<String> names) {
      Object array = Array.newInstance(mime, names.size());
      for (int i = 0; i < names.size(); i++) {
        Array.set(array, i, mimeType(names.get(i)));
      }
      return array;
    }

    Object displayData(MimeBundle bundle) {
      Object data;
      try {
        data = displayData.getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw incompatible(displayData.getName() + "()", e);
      }
      Method put = method(displayData, "putData", String.class, Object.class);
      bundle.data().forEach((type, content) -> invoke(put, data, type, content));
      bundle.displayId().ifPresent(id -> invoke(method(displayData, "setDisplayId", String.class), data, id));
      return data;
    }

    IllegalStateException incompatible(String what, Exception cause) {
      return new IllegalStateException("dlkit cannot use this kernel's display API: " + what + " is missing or "
          + "different (" + cause + "); dlkit knows jupyter-jvm-basekernel 2.3 (IJava 1.3.0, dlkit's kernel) and "
          + "JJava 1.0. Run the notebook on the dlkit kernel (./dlkit notebook) for pictures and progress bars.", cause);
    }
  }
}
