package org.msb.internal.lambda.lean;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Reads element text from the small XML replies of STS and S3 errors with the JDK's parser (no DTDs, no entities). */
final class Xml {
    private Xml() {}

    /** The text of the first element named {@code tag} (any namespace), or null when there is none or the XML is malformed. */
    static String firstText(byte[] xml, String tag) {
        Document doc = parse(xml);
        if (doc == null) return null;
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        if (nodes.getLength() == 0) return null;
        String text = nodes.item(0).getTextContent();
        return text == null ? null : text.strip();
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null;
        }
    }
}
