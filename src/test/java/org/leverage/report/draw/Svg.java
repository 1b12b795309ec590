package org.leverage.report.draw;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG document parsed as XML (parsing fails the test if it is not well formed). */
record Svg(Document document) {

  static Svg of(Picture picture) {
    return parse(PictureFormat.svg(picture));
  }

  static Svg parse(String text) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return new Svg(
          f.newDocumentBuilder()
              .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
    }
  }

  /** The ids of every element that starts with {@code prefix}. */
  Set<String> ids(String prefix) {
    Set<String> out = new TreeSet<>();
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (id.startsWith(prefix)) {
        out.add(id);
      }
    }
    return out;
  }

  /** The text of every {@code <text>} element, in document order. */
  List<String> texts() {
    List<String> out = new ArrayList<>();
    NodeList all = document.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < all.getLength(); i++) {
      out.add(all.item(i).getTextContent());
    }
    return out;
  }

  String root(String attribute) {
    return document.getDocumentElement().getAttribute(attribute);
  }
}
