package de.impulsnetz;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mail server of the shared application context ({@code spring.mail.port}: 3026 in
 * the test profile, one port per JVM where the build runs several), running while a test
 * class needs it, with an empty mailbox before each test. Register it with
 * {@code @RegisterExtension static final TestMailServer SMTP}.
 */
public class TestMailServer extends GreenMail implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	public static final int PORT = Integer.getInteger("spring.mail.port", 3026);

	public TestMailServer() {
		super(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		purgeEmailFromAllMailboxes();
	}

}
