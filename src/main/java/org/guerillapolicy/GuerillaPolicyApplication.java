package org.guerillapolicy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GuerillaPolicyApplication {

    public static void main(String[] args) {
        SpringApplication.run(GuerillaPolicyApplication.class, args);
    }
}
