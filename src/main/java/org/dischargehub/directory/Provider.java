package org.dischargehub.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private ProviderKind kind;
    private BigDecimal hourlyRate;

    protected Provider() {
    }

    Provider(String code, String name, ProviderKind kind, BigDecimal hourlyRate) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.hourlyRate = hourlyRate;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ProviderKind kind() {
        return kind;
    }

    public BigDecimal hourlyRate() {
        return hourlyRate;
    }
}
