import type { OrganisationView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';
import { toOrganisationView } from './organisation.mapper.js';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  async listOrganisations(): Promise<OrganisationView[]> {
    const organisations = await this.organisations.find({ order: { name: 'ASC', id: 'ASC' } });
    return organisations.map(toOrganisationView);
  }
}
