package org.leverage.cli;

/** Entry point of {@code leverage}: the only place that calls {@link System#exit}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Charts are drawn into SVG text, never on a screen: without this, a DISPLAY that names an X
    // server that cannot be reached makes AWT fail while measuring text.
    System.setProperty("java.awt.headless", "true");
    int code;
    try {
      code = Leverage.commandLineFor(args).execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println(
          "leverage: out of memory; give Java more (java -Xmx8g -jar ...) or a smaller game");
      code = ExitCodes.SOLVER_LIMIT;
    } catch (StackOverflowError e) {
      System.err.println("leverage: internal error: stack overflow");
      code = ExitCodes.INTERNAL_ERROR;
    }
    System.exit(code);
  }
}
