package org.msb.model.roles;

import org.junit.jupiter.api.Test;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamedRoleTest {
    static ConfigurationItem role(String name, String path, String status) {
        return ConfigurationItemParser.parse("""
                {"configurationItemVersion": "1.3", "awsAccountId": "111122223333", "awsRegion": "global", "resourceType": "AWS::IAM::Role",
                 "resourceId": "AROA%1$s", "resourceName": "%1$s", "ARN": "arn:aws:iam::111122223333:role%2$s%1$s",
                 "configurationItemStatus": "%3$s", "configurationItemCaptureTime": "2026-11-29T06:00:00.000Z",
                 "configuration": {"roleName": "%1$s", "path": "%2$s"}, "supplementaryConfiguration": {}, "tags": {}, "relationships": []}"""
                .formatted(name, path, status));
    }

    @Test
    void find_byNameIgnoringCase_orAsIdentityCenterPermissionSetRole() {
        List<ConfigurationItem> roles = List.of(role("app-deployer", "/", "OK"), role("infosecreadonly", "/", "OK"),
                role("AWSReservedSSO_InfoSecBreakGlass_4f2a9c1b7e3d5a60", "/aws-reserved/sso.amazonaws.com/eu-west-1/", "OK"));
        assertEquals("infosecreadonly", NamedRole.find(roles, "InfoSecReadOnly").orElseThrow().resourceName());
        assertEquals("AWSReservedSSO_InfoSecBreakGlass_4f2a9c1b7e3d5a60", NamedRole.find(roles, "InfoSecBreakGlass").orElseThrow().resourceName());
        assertTrue(NamedRole.find(roles, "Auditor").isEmpty());
    }

    @Test
    void find_whenDeletedOrOutsideIdentityCenterPath_notFound() {
        assertTrue(NamedRole.find(List.of(role("InfoSecReadOnly", "/", "ResourceDeleted")), "InfoSecReadOnly").isEmpty());
        assertTrue(NamedRole.find(List.of(role("AWSReservedSSO_InfoSecReadOnly_x", "/", "OK")), "InfoSecReadOnly").isEmpty());
    }
}
