package io.smsdocs.core.render;

import freemarker.core.Environment;
import freemarker.core.Macro;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers FreeMarker's call stack at the moment a template fails, innermost first: the exception itself
 * keeps only a printed form of it, and the environment's stack is unwound by the time the error reaches the
 * renderer. Installed as the exception handler of one rendering; it rethrows every exception unchanged.
 */
final class InstructionStack implements TemplateExceptionHandler {

    /** One template line of the call stack, and the macro or function it is written in (null at the top level). */
    record Frame(String sourceName, int line, int column, String macro) {
    }

    private TemplateException captured;
    private List<Frame> frames = List.of();

    @Override
    public void handleTemplateException(TemplateException e, Environment env, Writer out) throws TemplateException {
        captured = e;
        frames = frames(env);
        throw e;
    }

    /** The stack of this exception, innermost first; empty when another one was captured (or none). */
    List<Frame> of(TemplateException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t == captured) {
                return frames;
            }
        }
        return List.of();
    }

    private static List<Frame> frames(Environment env) {
        List<Frame> frames = new ArrayList<>();
        for (TemplateElement element : _CoreAPI.getInstructionStackSnapshot(env)) {
            if (element == null || element.getTemplate() == null) {
                continue;
            }
            frames.add(new Frame(element.getTemplate().getSourceName(), element.getBeginLine(), element.getBeginColumn(), macro(element)));
        }
        return List.copyOf(frames);
    }

    private static String macro(TemplateElement element) {
        for (Object node = element; node != null; node = ((TemplateElement) node).getParent()) {
            if (node instanceof Macro macro) {
                return macro.getName();
            }
            if (!(node instanceof TemplateElement)) {
                break;
            }
        }
        return null;
    }
}
