import type { CountryNetworkView } from '@compact-tracker/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CountryNetworkEntity } from './country-network.entity.js';
import { toCountryNetworkView } from './country-network.mapper.js';

@Injectable()
export class NetworksService {
  constructor(private readonly dataSource: DataSource) {}

  async listNetworks(): Promise<CountryNetworkView[]> {
    const networks = await this.dataSource.manager.find(CountryNetworkEntity, { relations: { coChairs: true }, order: { name: 'ASC', id: 'ASC' } });
    return networks.map(toCountryNetworkView);
  }
}
