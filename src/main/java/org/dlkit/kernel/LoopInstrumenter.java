package org.dlkit.kernel;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class's bytecode so that every method entry and every backward jump (a loop's back
 * edge) first calls {@link Interrupts#check()}.
 *
 * <p>A jump is backward when its target label was already visited; the inserted call takes and
 * leaves nothing on the operand stack, so stack map frames and maximum stack sizes stay valid.
 */
final class LoopInstrumenter {
  private static final String INTERRUPTS = Interrupts.class.getName().replace('.', '/');

  private LoopInstrumenter() {}

  /**
   * Returns the instrumented bytes of one class, or the original bytes if ASM cannot read them
   * (for example a class file newer than this ASM release); such a class is then stoppable only
   * through {@link Thread#interrupt()}.
   */
  static byte[] instrument(byte[] classFile) {
    try {
      ClassReader reader = new ClassReader(classFile);
      ClassWriter writer = new ClassWriter(reader, 0);
      reader.accept(new ClassInstrumenter(writer), 0);
      return writer.toByteArray();
    } catch (RuntimeException e) {
      return classFile;
    }
  }

  /** Wraps every method with code in a {@link MethodInstrumenter}. */
  private static final class ClassInstrumenter extends ClassVisitor {
    ClassInstrumenter(ClassVisitor next) {
      super(Opcodes.ASM9, next);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
        String[] exceptions) {
      return new MethodInstrumenter(super.visitMethod(access, name, descriptor, signature, exceptions));
    }
  }

  /** Inserts the check at method entry and before each jump to an already visited label. */
  private static final class MethodInstrumenter extends MethodVisitor {
    private final Set<Label> visited = new HashSet<>();

    MethodInstrumenter(MethodVisitor next) {
      super(Opcodes.ASM9, next);
    }

    @Override
    public void visitCode() {
      super.visitCode();
      insertCheck();
    }

    @Override
    public void visitLabel(Label label) {
      visited.add(label);
      super.visitLabel(label);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      if (visited.contains(label)) {
        insertCheck();
      }
      super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
      if (anyVisited(dflt, labels)) {
        insertCheck();
      }
      super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
      if (anyVisited(dflt, labels)) {
        insertCheck();
      }
      super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    private boolean anyVisited(Label dflt, Label[] labels) {
      if (visited.contains(dflt)) {
        return true;
      }
      for (Label label : labels) {
        if (visited.contains(label)) {
          return true;
        }
      }
      return false;
    }

    private void insertCheck() {
      super.visitMethodInsn(Opcodes.INVOKESTATIC, INTERRUPTS, "check", "()V", false);
    }
  }
}
