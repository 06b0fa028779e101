package org.dlkit.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks the bytecode compiled from a student's cells (class {@code Submission} and its nested
 * classes) against what graded code may use, before any of it runs. Student code shares its JVM
 * with the test runner, so everything that could reach the runner's state or the world outside is
 * refused: reflection, {@code java.lang.invoke} beyond the lambda, record, string and switch
 * bootstraps, {@code Unsafe} and JDK internals, management beans, files and file descriptors,
 * processes, threads, class loaders, {@code System.exit}, {@code System.setOut}, system
 * properties, the network, and writes to static state of classes that are not the student's.
 *
 * <p>What is allowed and refused, and why, is in {@link PolicyRules}; this class reads the bytecode.
 * Every type an instruction names counts: owners of calls and fields, {@code new}, casts, class
 * constants, method handles, the parameter and return types of every call, and super types.
 */
public final class BytecodePolicy {
  /**
   * One use of something graded code may not use.
   *
   * @param className the student's class that holds it, binary name
   * @param line the line of {@code Submission.java}, or -1 when the class has no line for it
   * @param use what it does, as {@code calls java.lang.Runtime.halt} or {@code uses java.io.File}
   * @param reason why that is refused, in a few words
   */
  public record Violation(String className, int line, String use, String reason) {
    /** Returns the sentence a student reads: "calls X, which graded code may not use (reason)". */
    public String sentence() {
      return use + ", which graded code may not use (" + reason + ")";
    }
  }

  private static final String STUDENT = SubmissionSource.CLASS_NAME;

  private BytecodePolicy() {}

  /**
   * Returns every use of something graded code may not use in the student's classes among
   * {@code classes} (binary name → bytes); the other classes (the instructor's tests) are not
   * checked. Empty when the code keeps to the policy.
   */
  public static List<Violation> check(Map<String, byte[]> classes) {
    List<Violation> found = new ArrayList<>();
    classes.forEach((name, bytes) -> {
      if (isStudentClass(name.replace('.', '/'))) {
        new ClassReader(bytes).accept(new Checking(found), ClassReader.SKIP_FRAMES);
      }
    });
    return found;
  }

  /** Returns whether {@code internalName} is {@code Submission} or one of its nested classes. */
  static boolean isStudentClass(String internalName) {
    return internalName.equals(STUDENT) || internalName.startsWith(STUDENT + "$");
  }

  private static String describe(String verb, String owner, String name) {
    String type = Type.getObjectType(owner).getClassName();
    return name.equals("<init>") ? "calls new " + type : name.isEmpty() ? "uses " + type : verb + " " + type + "." + name;
  }

  /** Reads one student class and adds what it may not use to a list. */
  private static final class Checking extends ClassVisitor {
    private final List<Violation> found;
    private String className;
    private final List<Violation> classLevel = new ArrayList<>();
    private int firstLine = -1;

    Checking(List<Violation> found) {
      super(Opcodes.ASM9);
      this.found = found;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
      className = name.replace('/', '.');
      List<String> supers = new ArrayList<>();
      if (superName != null) {
        supers.add(superName);
      }
      if (interfaces != null) {
        supers.addAll(List.of(interfaces));
      }
      for (String type : supers) {
        String refused = PolicyRules.typeRefused(type);
        if (refused != null) {
          classLevel.add(new Violation(className, -1, "extends " + type.replace('/', '.'), refused));
        }
      }
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      String refused = PolicyRules.partRefused(Type.getType(descriptor));
      if (refused != null) {
        classLevel.add(new Violation(className, -1, "declares a field of type " + Type.getType(descriptor).getClassName(),
            refused));
      }
      return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
      if (name.equals("finalize") && descriptor.equals("()V")) {
        classLevel.add(new Violation(className, -1, "declares finalize", "finalizers run on the JVM's own thread"));
      }
      return new MethodVisitor(Opcodes.ASM9) {
        private int line = -1;
        private final List<Violation> beforeLine = new ArrayList<>();

        @Override
        public void visitLineNumber(int number, Label start) {
          line = number;
          if (firstLine < 0) {
            firstLine = number;
          }
          beforeLine.forEach(v -> found.add(new Violation(v.className(), number, v.use(), v.reason())));
          beforeLine.clear();
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String member, String desc, boolean isInterface) {
          if (owner.startsWith("[")) {
            add("uses", owner, "", PolicyRules.typeRefused(owner));
          } else {
            add("calls", owner, member, PolicyRules.memberRefused(owner, member, desc));
          }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String member, String desc) {
          String verb = opcode == Opcodes.PUTSTATIC || opcode == Opcodes.PUTFIELD ? "writes" : "reads";
          if (opcode == Opcodes.PUTSTATIC && !isStudentClass(owner)) {
            add(verb, owner, member, "it is static state that is not the exercise's own");
          } else if (opcode == Opcodes.GETSTATIC && !isStudentClass(owner) && desc.startsWith("[")) {
            add(verb, owner, member, "it is a shared static array that is not the exercise's own");
          } else {
            add(verb, owner, member, PolicyRules.memberRefused(owner, member, desc));
          }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
          add("uses", type, "", PolicyRules.typeRefused(type));
        }

        @Override
        public void visitMultiANewArrayInsn(String desc, int dimensions) {
          add("uses", Type.getType(desc).getElementType().getInternalName(), "", PolicyRules.typeRefused(desc));
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
          if (type != null) {
            add("uses", type, "", PolicyRules.typeRefused(type));
          }
        }

        @Override
        public void visitLdcInsn(Object value) {
          if (value instanceof Type type && type.getSort() != Type.METHOD) {
            add("uses", type.getInternalName(), "", PolicyRules.typeRefused(type.getInternalName()));
          } else if (value instanceof Handle handle) {
            handle(handle);
          } else if (value instanceof org.objectweb.asm.ConstantDynamic) {
            add("uses", "java/lang/invoke/ConstantBootstraps", "", "reflection reaches the grader's own objects");
          }
        }

        @Override
        public void visitInvokeDynamicInsn(String member, String desc, Handle bootstrap, Object... arguments) {
            if (!PolicyRules.bootstrapAllowed(bootstrap.getOwner(), bootstrap.getName())) {
            add("calls", bootstrap.getOwner(), bootstrap.getName(), "reflection reaches the grader's own objects");
            return;
          }
          for (Object argument : arguments) {
            if (argument instanceof Handle handle) {
              handle(handle);
            } else if (argument instanceof Type type && type.getSort() == Type.OBJECT) {
              add("uses", type.getInternalName(), "", PolicyRules.typeRefused(type.getInternalName()));
            }
          }
          for (Type part : Type.getArgumentTypes(desc)) {
            String refused = PolicyRules.partRefused(part);
            if (refused != null) {
              add("uses", part.getInternalName(), "", refused);
            }
          }
        }

        private void handle(Handle handle) {
          if (handle.getTag() == Opcodes.H_PUTSTATIC && !isStudentClass(handle.getOwner())) {
            add("writes", handle.getOwner(), handle.getName(), "it is static state that is not the exercise's own");
          } else {
            add(handle.getTag() <= Opcodes.H_PUTSTATIC ? "reads" : "calls", handle.getOwner(), handle.getName(),
                PolicyRules.memberRefused(handle.getOwner(), handle.getName(), handle.getDesc()));
          }
        }

        private void add(String verb, String owner, String member, String refused) {
          if (refused == null) {
            return;
          }
          Violation violation = new Violation(className, line, describe(verb, owner, member), refused);
          if (line < 0) {
            beforeLine.add(violation);
          } else {
            found.add(violation);
          }
        }

        @Override
        public void visitEnd() {
          found.addAll(beforeLine);
        }
      };
    }

    @Override
    public void visitEnd() {
      classLevel.forEach(v -> found.add(new Violation(v.className(), firstLine, v.use(), v.reason())));
    }
  }
}
