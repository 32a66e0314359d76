package fr.francetravail.aae.partner;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface PartnerRepository extends ListCrudRepository<CulturalPartner, String>,
        ListPagingAndSortingRepository<CulturalPartner, String> {

    boolean existsBySiretAndSlugNot(String siret, String slug);
}
