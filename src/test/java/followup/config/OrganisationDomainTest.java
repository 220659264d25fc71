package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationDomainTest {
    @Test
    void the_domain_above_a_subdomain_is_the_organisations() {
        assertEquals(Optional.of("ibm.com"), Addresses.organisationDomain("us.ibm.com"));
        assertEquals(Optional.of("acme.co.uk"), Addresses.organisationDomain("mail.acme.co.uk"));
        assertEquals(Optional.of("stanford.edu"), Addresses.organisationDomain("cs.stanford.edu"));
    }

    @Test
    void no_domain_above_a_registered_name_nor_a_public_suffix() {
        assertEquals(Optional.empty(), Addresses.organisationDomain("acme.example"));
        assertEquals(Optional.empty(), Addresses.organisationDomain("acme.co.uk"));
        assertEquals(Optional.empty(), Addresses.organisationDomain("acme.com.au"));
        assertEquals(Optional.empty(), Addresses.organisationDomain("acme.ac.jp"));
        assertEquals(Optional.empty(), Addresses.organisationDomain("acme.ny.us"));
    }
}
